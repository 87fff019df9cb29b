using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Hosting;

namespace ZhuwaGen.Tourism.Cms.Media.Uploads;

/// <summary>
/// Upload sessions as two files under Cms:Media:UploadSessionRoot: <c>{id}.json</c> (the session) and <c>{id}.part</c>
/// (the bytes so far). Files rather than table rows, so no migration and nothing left in the database by a phone that
/// never comes back; the sweep deletes both once the session expires. Appends to one session are serialised.
/// </summary>
public sealed partial class UploadSessionStore(CmsPaths paths, IOptions<MediaOptions> options)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);

    public string Root => paths.Resolve(options.Value.UploadSessionRoot);

    public TimeSpan Lifetime => options.Value.UploadSessionLifetime;

    public static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public async Task SaveAsync(UploadSession session, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Root);
        var file = FileOf(session.Id, ".json");
        await File.WriteAllTextAsync(file + ".tmp", JsonSerializer.Serialize(session, Json), cancellationToken);
        File.Move(file + ".tmp", file, overwrite: true);
        if (session.MediaKey is null && !File.Exists(FileOf(session.Id, ".part")))
        {
            await File.WriteAllBytesAsync(FileOf(session.Id, ".part"), [], cancellationToken);
        }
    }

    /// <summary>The session, or null for an id of the wrong shape, an unknown one or an expired one.</summary>
    public async Task<UploadSession?> FindAsync(string id, DateTime utcNow, CancellationToken cancellationToken)
    {
        if (!IdShape().IsMatch(id) || !File.Exists(FileOf(id, ".json")))
        {
            return null;
        }

        try
        {
            var session = JsonSerializer.Deserialize<UploadSession>(await File.ReadAllTextAsync(FileOf(id, ".json"), cancellationToken), Json);
            if (session is null || session.CreatedUtc + options.Value.UploadSessionLifetime < utcNow)
            {
                Delete(id);
                return null;
            }

            return session;
        }
        catch (Exception exception) when (exception is IOException or JsonException)
        {
            return null;
        }
    }

    public long OffsetOf(string id) => File.Exists(FileOf(id, ".part")) ? new FileInfo(FileOf(id, ".part")).Length : 0;

    /// <summary>Runs <paramref name="work"/> alone for this session, so two appends at the same offset cannot both land.</summary>
    public async Task<T> LockedAsync<T>(string id, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        var gate = _locks.GetOrAdd(id, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await work();
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task AppendAsync(string id, ReadOnlyMemory<byte> chunk, CancellationToken cancellationToken)
    {
        await using var part = new FileStream(FileOf(id, ".part"), FileMode.Append, FileAccess.Write, FileShare.None);
        await part.WriteAsync(chunk, cancellationToken);
    }

    public Task<byte[]> ReadAllAsync(string id, CancellationToken cancellationToken) => File.ReadAllBytesAsync(FileOf(id, ".part"), cancellationToken);

    public void DeletePart(string id) => File.Delete(FileOf(id, ".part"));

    public void Delete(string id)
    {
        File.Delete(FileOf(id, ".part"));
        File.Delete(FileOf(id, ".json"));
        _locks.TryRemove(id, out _);
    }

    /// <summary>The sessions of one owner not finished yet, for the per-user cap.</summary>
    public async Task<int> OpenCountAsync(string owner, DateTime utcNow, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(Root))
        {
            return 0;
        }

        var count = 0;
        foreach (var file in Directory.EnumerateFiles(Root, "*.json"))
        {
            if (await FindAsync(Path.GetFileNameWithoutExtension(file), utcNow, cancellationToken) is { MediaKey: null } session && session.Owner == owner)
            {
                count++;
            }
        }

        return count;
    }

    private string FileOf(string id, string extension) => Path.Combine(Root, id + extension);

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex IdShape();
}
