using System.Globalization;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Media;

namespace ZhuwaGen.Tourism.Web.Backoffice.Photos;

/// <summary>What the library screen lists, read from the published media map (never the database).</summary>
public sealed class PhotoLibrary(PublishedMediaCache media, IOptions<MediaOptions> options)
{
    public MediaSnapshot Snapshot => media.Current;

    public string ThumbnailOf(PublishedMedia item, int? width = null) =>
        $"{item.Url}?width={(width ?? options.Value.EffectiveWidths.DefaultIfEmpty(160).Min()).ToString(CultureInfo.InvariantCulture)}";

    /// <summary>A folder's own folders and photos; with a search, every photo whose name matches, wherever it is.</summary>
    public (IReadOnlyList<FolderCard> Folders, IReadOnlyList<PhotoCard> Photos) List(Guid? folder, string? search)
    {
        var snapshot = media.Current;
        var folders = new List<FolderCard>();
        var photos = new List<PhotoCard>();
        var words = search?.Trim() ?? string.Empty;
        if (words.Length == 0)
        {
            foreach (var item in snapshot.ChildrenOf(folder))
            {
                Add(item);
            }
        }
        else
        {
            Walk(null);
        }

        return (folders, photos);

        void Walk(Guid? parent)
        {
            foreach (var item in snapshot.ChildrenOf(parent))
            {
                if (item.Name.Contains(words, StringComparison.OrdinalIgnoreCase))
                {
                    Add(item);
                }

                Walk(item.Key);
            }
        }

        void Add(PublishedMedia item)
        {
            if (item.IsFolder())
            {
                folders.Add(new FolderCard(item.Key, item.Name));
            }
            else
            {
                photos.Add(new PhotoCard(item.Key, item.Name, item.Path, item.Url is not null && item.Width is not null ? ThumbnailOf(item) : null, item.Width, item.Height));
            }
        }
    }

    /// <summary>Every folder with its path, for "move to folder".</summary>
    public IReadOnlyList<(Guid Key, string Path)> AllFolders()
    {
        var snapshot = media.Current;
        var found = new List<(Guid, string)>();
        Walk(null);
        return found;

        void Walk(Guid? parent)
        {
            foreach (var item in snapshot.ChildrenOf(parent).Where(i => i.IsFolder()))
            {
                found.Add((item.Key, item.Path));
                Walk(item.Key);
            }
        }
    }
}
