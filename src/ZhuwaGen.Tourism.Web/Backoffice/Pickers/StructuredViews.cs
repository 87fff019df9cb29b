using ZhuwaGen.Tourism.Web.Backoffice.Editing;

namespace ZhuwaGen.Tourism.Web.Backoffice.Pickers;

/// <summary>A content or multi-node picker's picks in order; the view shows each as a card with its titles.</summary>
public sealed record DocumentPicksView(IReadOnlyList<Guid> Keys, string Hidden, bool Multiple, bool CanAdd);

/// <summary>A media picker's photos in order, each with its focal point in percent, and the data type's crops.</summary>
public sealed record MediaPicksView(IReadOnlyList<MediaPickRow> Rows, string Hidden, bool CanAdd, IReadOnlyList<string> Crops, bool Multiple);

public sealed record MediaPickRow(Guid MediaKey, string Name, string? Thumbnail, int? Width, int? Height, string Left, string Top)
{
    /// <summary>The photo's width over its height, posted back so a zoom can be framed; empty when unknown.</summary>
    public string Aspect { get; init; } = string.Empty;

    public IReadOnlyList<CropRow> Crops { get; init; } = [];
}

/// <summary>
/// One crop of a pick: its zoom (<see cref="CropFraming"/>) and what it shows, as an SVG view box over the thumbnail
/// drawn 1000 units wide (<paramref name="ImageHeight"/> units high).
/// </summary>
public sealed record CropRow(string Alias, int Width, int Height, string Zoom, string ViewBox, string ImageHeight);

/// <summary>A multi-URL picker's links: to a page of the site (chosen by title) or to a web address.</summary>
public sealed record LinksView(IReadOnlyList<LinkRow> Rows, string Hidden, bool CanAdd);

public sealed record LinkRow(Guid? DocumentKey, string Url, string Name, bool Blank);

/// <summary>A block list's blocks, each with its fields as the edit screen's own inputs, and the types a new block may have.</summary>
public sealed record BlocksView(IReadOnlyList<BlockRow> Blocks, string Hidden, IReadOnlyList<KeyValuePair<Guid, string>> Types, bool CanAdd);

public sealed record BlockRow(int Index, string TypeName, string Title, IReadOnlyList<EditField> Fields, IReadOnlyList<string> Errors)
{
    /// <summary>The 1-based position the validator names a block by: roomTypes[2].beds.</summary>
    public int Number => Index + 1;
}
