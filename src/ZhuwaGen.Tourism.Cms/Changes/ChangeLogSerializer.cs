using Newtonsoft.Json;
using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.Notifications;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;

namespace ZhuwaGen.Tourism.Cms.Changes;

/// <summary>Turns changes into change-log rows and back.</summary>
internal static class ChangeLogSerializer
{
    public const string ContentSource = "content";
    public const string MediaSource = "media";

    public static ChangeLogEntryEntity ToEntity(ContentChange change, IReadOnlyList<PreviousRoute>? previousRoutes, DateTime now) => new()
    {
        Source = ContentSource,
        Kind = change.Kind.ToString(),
        Payload = JsonConvert.SerializeObject(new Payload(change.Keys, change.ContentTypes, previousRoutes), IgnoreNulls),
        CreateDate = now,
    };

    public static ChangeLogEntryEntity ToEntity(MediaChange change, DateTime now) => new()
    {
        Source = MediaSource,
        Kind = change.Kind.ToString(),
        Payload = JsonConvert.SerializeObject(new Payload(change.Keys, null, null), IgnoreNulls),
        CreateDate = now,
    };

    /// <exception cref="FormatException">The row names an unknown source or kind, or its payload is not the expected JSON.</exception>
    public static ChangeLogEntry FromEntity(ChangeLogEntryEntity row)
    {
        Payload? payload;
        try
        {
            payload = JsonConvert.DeserializeObject<Payload>(row.Payload);
        }
        catch (JsonException exception)
        {
            throw new FormatException($"Change-log entry {row.Id} has an unreadable payload: {exception.Message}", exception);
        }

        var keys = payload?.Keys ?? throw new FormatException($"Change-log entry {row.Id} has no keys.");
        return row.Source switch
        {
            ContentSource when Enum.TryParse<ContentChangeKind>(row.Kind, out var kind) =>
                new ChangeLogEntry(row.Id, new ContentChange(kind, keys, payload.Types), null, row.CreateDate, payload.Routes),
            MediaSource when Enum.TryParse<MediaChangeKind>(row.Kind, out var kind) =>
                new ChangeLogEntry(row.Id, null, new MediaChange(kind, keys), row.CreateDate),
            _ => throw new FormatException($"Change-log entry {row.Id} has an unknown source or kind: {row.Source} {row.Kind}."),
        };
    }

    // Entries written before routes were kept have none; older readers ignore the member.
    private static readonly JsonSerializerSettings IgnoreNulls = new() { NullValueHandling = NullValueHandling.Ignore };

    private sealed record Payload(IReadOnlyList<Guid> Keys, IReadOnlyDictionary<Guid, string>? Types, IReadOnlyList<PreviousRoute>? Routes);
}
