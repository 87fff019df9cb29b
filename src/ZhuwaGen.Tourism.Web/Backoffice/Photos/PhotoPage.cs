using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Photos;

/// <summary>One photo: its details form (name, alt text per language, focal point), where it is used, move and trash.</summary>
public sealed class PhotoPage : ShellPage
{
    public required PhotoText Strings { get; init; }

    public required PublishedMedia Photo { get; init; }

    public required string Preview { get; init; }

    /// <summary>The site's languages, default first, with the alt text as stored (or as typed, after a refusal).</summary>
    public required IReadOnlyList<(string Culture, string Label, string? AltText)> AltTexts { get; init; }

    public string? FocalLeft { get; init; }

    public string? FocalTop { get; init; }

    public string? Location { get; init; }

    public required IReadOnlyList<MediaUser> UsedBy { get; init; }

    public required IReadOnlyList<(Guid Key, string Path)> Folders { get; init; }

    public string? Notice { get; init; }

    public string? Problem { get; init; }
}
