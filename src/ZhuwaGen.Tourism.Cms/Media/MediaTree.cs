using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;

namespace ZhuwaGen.Tourism.Cms.Media;

/// <summary>Tree rules of the media library: parents must be live folders, names are unique among siblings.</summary>
internal sealed class MediaTree(CmsDbContext db)
{
    public async Task<(MediaOperationStatus Status, MediaEntity? Parent)> ParentAsync(Guid? parentKey, CancellationToken cancellationToken)
    {
        if (parentKey is null)
        {
            return (MediaOperationStatus.Success, null);
        }

        var parent = await db.Media.SingleOrDefaultAsync(m => m.Key == parentKey, cancellationToken);
        return parent switch
        {
            null => (MediaOperationStatus.ParentNotFound, null),
            { Trashed: true } => (MediaOperationStatus.InTrash, null),
            { MediaTypeAlias: not MediaTypes.Folder } => (MediaOperationStatus.ParentNotFolder, null),
            _ => (MediaOperationStatus.Success, parent),
        };
    }

    public static bool IsValidName(string? name) =>
        !string.IsNullOrWhiteSpace(name) && name.Length <= 255 && !name.Contains('/') && name.Trim() == name;

    public Task<bool> NameTakenAsync(int? parentId, string name, int? exceptId, CancellationToken cancellationToken) =>
        db.Media.AnyAsync(m => m.ParentId == parentId && !m.Trashed && m.Name == name && m.Id != exceptId, cancellationToken);

    /// <summary>"hero.jpg", else "hero (1).jpg", "hero (2).jpg"…, as Umbraco names a duplicate.</summary>
    public async Task<string> UniqueNameAsync(int? parentId, string name, CancellationToken cancellationToken)
    {
        var stem = Path.GetFileNameWithoutExtension(name);
        var extension = Path.GetExtension(name);
        var candidate = name;
        for (var i = 1; await NameTakenAsync(parentId, candidate, null, cancellationToken); i++)
        {
            candidate = $"{stem} ({i}){extension}";
        }

        return candidate;
    }

    public async Task<int> NextSortOrderAsync(int? parentId, CancellationToken cancellationToken) =>
        (await db.Media.Where(m => m.ParentId == parentId).MaxAsync(m => (int?)m.SortOrder, cancellationToken) ?? -1) + 1;

    /// <summary>The item and all its descendants, found by path prefix.</summary>
    public async Task<List<MediaEntity>> BranchAsync(MediaEntity root, CancellationToken cancellationToken)
    {
        var prefix = root.Path + ",";
        var descendants = await db.Media.Where(m => m.Path.StartsWith(prefix)).ToListAsync(cancellationToken);
        return [root, .. descendants];
    }

    public static string PathOf(MediaEntity item, MediaEntity? parent) =>
        parent is null ? item.Id.ToString() : $"{parent.Path},{item.Id}";
}
