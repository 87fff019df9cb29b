using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Media.Imaging;

namespace ZhuwaGen.Tourism.Cms.Media.Uploads;

/// <summary>
/// Resumable uploads for the back-office: a session is created with the file's length, chunks are appended at the
/// offset the server holds (a chunk for any other offset is refused with the right one, so a retry continues instead
/// of starting over), and the finish hands the whole file to <see cref="MediaLibraryService.UploadAsync"/> — the same
/// checks and image processing as the Management API's upload. Sessions are their owner's alone.
/// </summary>
public sealed class PhotoUploadSessions(UploadSessionStore store, MediaLibraryService library, PublishedMediaCache media, IOptions<MediaOptions> options, TimeProvider clock)
{
    // Enough for every format's signature (WebP's is 12 bytes).
    private const int SniffBytes = 12;

    public async Task<UploadSessionResult> CreateAsync(
        string owner, string fileName, long length, Guid? parentKey, MediaLocation? location, CancellationToken cancellationToken)
    {
        if (length <= 0 || length > options.Value.MaxUploadBytes)
        {
            return new UploadSessionResult(UploadSessionStatus.TooLarge);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (await store.OpenCountAsync(owner, now, cancellationToken) >= options.Value.MaxOpenUploadSessions)
        {
            return new UploadSessionResult(UploadSessionStatus.TooManySessions);
        }

        var session = new UploadSession(UploadSessionStore.NewId(), owner, fileName, length, parentKey, now, location is { IsValid: true } ? location : null);
        await store.SaveAsync(session, cancellationToken);
        return new UploadSessionResult(UploadSessionStatus.Success, session);
    }

    public async Task<UploadSessionResult> GetAsync(string id, string owner, CancellationToken cancellationToken) =>
        await FindAsync(id, owner, cancellationToken) is { } session
            ? new UploadSessionResult(UploadSessionStatus.Success, session, session.MediaKey is null ? store.OffsetOf(id) : session.Length)
            : new UploadSessionResult(UploadSessionStatus.NotFound);

    /// <summary>Appends the request body at <paramref name="offset"/>, which must be where the session stands.</summary>
    public async Task<UploadSessionResult> AppendAsync(string id, string owner, long offset, Stream body, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, owner, cancellationToken) is not { MediaKey: null } session)
        {
            return new UploadSessionResult(UploadSessionStatus.NotFound);
        }

        return await store.LockedAsync(id, async () =>
        {
            var current = store.OffsetOf(id);
            if (offset != current)
            {
                return new UploadSessionResult(UploadSessionStatus.OffsetMismatch, session, current);
            }

            var chunk = await ReadChunkAsync(body, options.Value.UploadChunkMaxBytes, cancellationToken);
            if (chunk is null)
            {
                return new UploadSessionResult(UploadSessionStatus.ChunkTooLarge, session, current);
            }

            if (current + chunk.Length > session.Length)
            {
                return new UploadSessionResult(UploadSessionStatus.TooLarge, session, current);
            }

            // The first bytes decide: a file that is not a photo is refused now, not after it has all been sent.
            if (current == 0 && (chunk.Length >= SniffBytes || chunk.Length == session.Length) && ImageSniffer.Sniff(chunk) is null)
            {
                store.Delete(id);
                return new UploadSessionResult(UploadSessionStatus.NotAnImage);
            }

            await store.AppendAsync(id, chunk, cancellationToken);
            return new UploadSessionResult(UploadSessionStatus.Success, session, current + chunk.Length);
        }, cancellationToken);
    }

    /// <summary>Makes the media item from the complete file; asked again after success, answers with the same item.</summary>
    public async Task<UploadSessionResult> FinishAsync(string id, string owner, string userName, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, owner, cancellationToken) is not { } found)
        {
            return new UploadSessionResult(UploadSessionStatus.NotFound);
        }

        return await store.LockedAsync(id, async () =>
        {
            // Read again inside the lock: a finish racing this one may have made the item meanwhile.
            var session = await FindAsync(id, owner, cancellationToken) ?? found;
            if (session.MediaKey is { } made)
            {
                return new UploadSessionResult(UploadSessionStatus.Success, session, session.Length,
                    new MediaResult(MediaOperationStatus.Success, media.Get(made)));
            }

            var offset = store.OffsetOf(id);
            if (offset != session.Length)
            {
                return new UploadSessionResult(UploadSessionStatus.Incomplete, session, offset);
            }

            await using var content = new MemoryStream(await store.ReadAllAsync(id, cancellationToken), writable: false);
            var result = await library.UploadAsync(
                new MediaUpload(session.FileName, content, session.ParentKey, Location: session.Location), userName, cancellationToken);
            if (!result.Succeeded)
            {
                // Resending the same bytes cannot help: the session is done with.
                store.Delete(id);
                return new UploadSessionResult(UploadSessionStatus.MediaRefused, session, offset, result);
            }

            var finished = session with { MediaKey = result.Media!.Key };
            await store.SaveAsync(finished, cancellationToken);
            store.DeletePart(id);
            return new UploadSessionResult(UploadSessionStatus.Success, finished, session.Length, result);
        }, cancellationToken);
    }

    private async Task<UploadSession?> FindAsync(string id, string owner, CancellationToken cancellationToken) =>
        await store.FindAsync(id, clock.GetUtcNow().UtcDateTime, cancellationToken) is { } session && session.Owner == owner ? session : null;

    private static async Task<byte[]?> ReadChunkAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var block = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(block, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(block, 0, read);
        }

        return buffer.ToArray();
    }
}
