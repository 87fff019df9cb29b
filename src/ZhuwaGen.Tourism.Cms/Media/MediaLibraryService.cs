using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Auditing;
using ZhuwaGen.Tourism.Cms.Changes;
using ZhuwaGen.Tourism.Cms.Media.Imaging;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;

namespace ZhuwaGen.Tourism.Cms.Media;

/// <summary>
/// The one write path of the media library: folders, uploads, edits, moves, trash and delete. Each operation
/// commits whole or not at all (an upload that fails leaves no row and no file), then tells the handlers.
/// </summary>
public sealed class MediaLibraryService(
    CmsDbContext db,
    MediaFileStore files,
    UploadImagePreparer preparer,
    MediaEditRules rules,
    PublishedMediaCache cache,
    AuditLog audit,
    ChangeLog changes,
    TimeProvider clock,
    IOptions<MediaOptions> options)
{
    private readonly MediaTree _tree = new(db);

    public async Task<MediaResult> CreateFolderAsync(string name, Guid? parentKey, string userName, CancellationToken cancellationToken)
    {
        if (!MediaTree.IsValidName(name))
        {
            return new MediaResult(MediaOperationStatus.InvalidName);
        }

        var (status, parent) = await _tree.ParentAsync(parentKey, cancellationToken);
        if (status != MediaOperationStatus.Success)
        {
            return new MediaResult(status);
        }

        var (entity, entry) = await AddAsync(NewEntity(await _tree.UniqueNameAsync(parent?.Id, name, cancellationToken), MediaTypes.Folder, userName), parent, cancellationToken);
        return await ShownAsync(entity, entry, cancellationToken);
    }

    public async Task<MediaResult> UploadAsync(MediaUpload upload, string userName, CancellationToken cancellationToken)
    {
        var name = string.IsNullOrWhiteSpace(upload.Name) ? Path.GetFileName(upload.FileName.Replace('\\', '/')).Trim() : upload.Name.Trim();
        if (!MediaTree.IsValidName(name))
        {
            return new MediaResult(MediaOperationStatus.InvalidName);
        }

        var (parentStatus, parent) = await _tree.ParentAsync(upload.ParentKey, cancellationToken);
        var (altStatus, properties) = rules.ApplyAltText([], upload.AltText?.ToDictionary(a => a.Key, a => (string?)a.Value));
        if (parentStatus != MediaOperationStatus.Success || altStatus != MediaOperationStatus.Success)
        {
            return new MediaResult(parentStatus != MediaOperationStatus.Success ? parentStatus : altStatus);
        }

        if (upload.Location is { IsValid: true } location)
        {
            properties[MediaPropertiesJson.Location] = new Dictionary<string, string> { [string.Empty] = location.ToString() };
        }

        if (await ReadLimitedAsync(upload.Content, options.Value.MaxUploadBytes, cancellationToken) is not { } bytes)
        {
            return new MediaResult(MediaOperationStatus.FileTooLarge);
        }

        var (status, image) = await preparer.PrepareAsync(bytes, cancellationToken);
        if (image is null)
        {
            return new MediaResult(status);
        }

        var extension = ImageSniffer.Extension(image.Kind);
        var filePath = await files.WriteAsync(name, extension, image.Bytes, cancellationToken);
        MediaEntity entity;
        long entry;
        try
        {
            entity = NewEntity(await _tree.UniqueNameAsync(parent?.Id, name, cancellationToken), MediaTypes.Image, userName);
            entity.FilePath = filePath;
            entity.Extension = extension;
            entity.ContentType = ImageSniffer.ContentType(image.Kind);
            entity.Bytes = image.Bytes.LongLength;
            entity.Width = image.Width;
            entity.Height = image.Height;
            entity.Properties = MediaPropertiesJson.WriteProperties(properties);
            (entity, entry) = await AddAsync(entity, parent, cancellationToken);
        }
        catch
        {
            // Only before the commit: once the row is in, the file is its content.
            files.Delete(filePath);
            throw;
        }

        return await ShownAsync(entity, entry, cancellationToken);
    }

    public async Task<MediaResult> UpdateAsync(Guid key, MediaUpdate update, string userName, CancellationToken cancellationToken)
    {
        var entity = await db.Media.SingleOrDefaultAsync(m => m.Key == key, cancellationToken);
        if (entity is null)
        {
            return new MediaResult(MediaOperationStatus.NotFound);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var status = await rules.ApplyAsync(entity, update, _tree, cancellationToken);
        if (status != MediaOperationStatus.Success)
        {
            return new MediaResult(status);
        }

        entity.UpdateDate = clock.GetUtcNow().UtcDateTime;
        audit.Add(userName, AuditActions.Save, key, details: "media");
        await changes.CommitAndShowAsync(transaction, new MediaChange(MediaChangeKind.Saved, [key]), cancellationToken);
        return new MediaResult(MediaOperationStatus.Success, cache.Get(key));
    }

    public Task<MediaResult> RenameAsync(Guid key, string name, string userName, CancellationToken cancellationToken) =>
        UpdateAsync(key, new MediaUpdate(Name: name), userName, cancellationToken);

    public async Task<MediaResult> MoveAsync(Guid key, Guid? targetParentKey, string userName, CancellationToken cancellationToken)
    {
        var entity = await db.Media.SingleOrDefaultAsync(m => m.Key == key, cancellationToken);
        if (entity is null || entity.Trashed)
        {
            return new MediaResult(entity is null ? MediaOperationStatus.NotFound : MediaOperationStatus.InTrash);
        }

        var (status, parent) = await _tree.ParentAsync(targetParentKey, cancellationToken);
        if (status != MediaOperationStatus.Success)
        {
            return new MediaResult(status);
        }

        if (parent is not null && (parent.Id == entity.Id || parent.Path.StartsWith(entity.Path + ",", StringComparison.Ordinal)))
        {
            return new MediaResult(MediaOperationStatus.CannotMoveToDescendant);
        }

        if (await _tree.NameTakenAsync(parent?.Id, entity.Name, entity.Id, cancellationToken))
        {
            return new MediaResult(MediaOperationStatus.DuplicateName);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var branch = await _tree.BranchAsync(entity, cancellationToken);
        var (oldPath, oldLevel) = (entity.Path, entity.Level);
        var newPath = MediaTree.PathOf(entity, parent);
        var newLevel = (parent?.Level ?? 0) + 1;
        foreach (var node in branch)
        {
            node.Path = newPath + node.Path[oldPath.Length..];
            node.Level += newLevel - oldLevel;
        }

        entity.ParentId = parent?.Id;
        entity.SortOrder = await _tree.NextSortOrderAsync(parent?.Id, cancellationToken);
        audit.Add(userName, AuditActions.Move, key, details: "media");
        await changes.CommitAndShowAsync(transaction, new MediaChange(MediaChangeKind.Moved, branch.Select(b => b.Key).ToList()), cancellationToken);
        return new MediaResult(MediaOperationStatus.Success, cache.Get(key));
    }

    /// <summary>Moves an item and its descendants to the recycle bin: they leave the Delivery API and /media at once.</summary>
    public async Task<MediaOperationStatus> TrashAsync(Guid key, string userName, CancellationToken cancellationToken)
    {
        var entity = await db.Media.SingleOrDefaultAsync(m => m.Key == key, cancellationToken);
        if (entity is null || entity.Trashed)
        {
            return entity is null ? MediaOperationStatus.NotFound : MediaOperationStatus.InTrash;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var branch = await _tree.BranchAsync(entity, cancellationToken);
        branch.ForEach(node => node.Trashed = true);
        audit.Add(userName, AuditActions.Trash, key, details: "media");
        await changes.CommitAndShowAsync(transaction, new MediaChange(MediaChangeKind.Trashed, branch.Select(b => b.Key).ToList()), cancellationToken);
        return MediaOperationStatus.Success;
    }

    /// <summary>Deletes an item for good, with its file; a folder only when it is empty (the bin included).</summary>
    public async Task<MediaOperationStatus> DeleteAsync(Guid key, string userName, CancellationToken cancellationToken)
    {
        var entity = await db.Media.SingleOrDefaultAsync(m => m.Key == key, cancellationToken);
        if (entity is null)
        {
            return MediaOperationStatus.NotFound;
        }

        if (await db.Media.AnyAsync(m => m.ParentId == entity.Id, cancellationToken))
        {
            return MediaOperationStatus.CannotDeleteWithChildren;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Media.Remove(entity);
        audit.Add(userName, AuditActions.Delete, key, details: "media");
        var entry = await changes.CommitAsync(transaction, new MediaChange(MediaChangeKind.Deleted, [key]), cancellationToken);
        if (entity.FilePath is { } filePath)
        {
            files.Delete(filePath);
        }

        await changes.ShownAsync(entry, cancellationToken);
        return MediaOperationStatus.Success;
    }

    private MediaEntity NewEntity(string name, string mediaType, string userName)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new MediaEntity
        {
            Key = Guid.NewGuid(),
            Name = name,
            MediaTypeAlias = mediaType,
            Path = string.Empty,
            CreateDate = now,
            UpdateDate = now,
            CreatedBy = userName,
            Properties = "{}",
            Crops = "[]",
        };
    }

    // The path holds the row's own id, so the row is inserted first and completed in the same transaction.
    private async Task<(MediaEntity Entity, long Entry)> AddAsync(MediaEntity entity, MediaEntity? parent, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        entity.ParentId = parent?.Id;
        entity.Level = (parent?.Level ?? 0) + 1;
        entity.SortOrder = await _tree.NextSortOrderAsync(parent?.Id, cancellationToken);
        db.Media.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        entity.Path = MediaTree.PathOf(entity, parent);
        audit.Add(entity.CreatedBy, AuditActions.New, entity.Key, details: "media");
        var entry = await changes.CommitAsync(transaction, new MediaChange(MediaChangeKind.Saved, [entity.Key]), cancellationToken);
        return (entity, entry);
    }

    private async Task<MediaResult> ShownAsync(MediaEntity added, long entry, CancellationToken cancellationToken)
    {
        await changes.ShownAsync(entry, cancellationToken);
        return new MediaResult(MediaOperationStatus.Success, cache.Get(added.Key));
    }

    /// <summary>The stream's bytes, or null as soon as it is longer than <paramref name="limit"/>.</summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream content, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
