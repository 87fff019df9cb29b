using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Photos;

public sealed record PhotoCard(Guid Key, string Name, string Path, string? Thumbnail, int? Width, int? Height);

public sealed record FolderCard(Guid Key, string Name);

/// <summary>The upload form of the library and of a media picker: where it posts, into which folder, for which draft.</summary>
public sealed record PhotoUploadForm(string Action, Guid? Folder, string FolderName, int? Revision = null);

/// <summary>The library screen: one folder's folders and photos (or every photo matching a search), and the upload.</summary>
public sealed class PhotosPage : ShellPage
{
    public required PhotoText Strings { get; init; }

    public string? Search { get; init; }

    public Guid? Folder { get; init; }

    /// <summary>The folder above this one (null: the root), shown as "up to"; not set at the root.</summary>
    public (Guid? Key, string Name)? Parent { get; init; }

    public required IReadOnlyList<FolderCard> Folders { get; init; }

    public required IReadOnlyList<PhotoCard> Photos { get; init; }

    public required PhotoUploadForm Upload { get; init; }

    public string? Notice { get; init; }

    public IReadOnlyList<string> Problems { get; init; } = [];
}
