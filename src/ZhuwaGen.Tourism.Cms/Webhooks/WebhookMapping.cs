using System.Text.Json;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;

namespace ZhuwaGen.Tourism.Cms.Webhooks;

/// <summary>Between the stored webhook row (comma lists, headers as JSON) and what the services work with.</summary>
internal static class WebhookMapping
{
    public static WebhookView ToView(WebhookEntity entity) => new(
        entity.Key,
        entity.Url,
        Split(entity.Events),
        Split(entity.ContentTypes),
        Headers(entity),
        entity.Enabled,
        DateTime.SpecifyKind(entity.CreateDate, DateTimeKind.Utc));

    public static void Apply(ValidWebhookInput input, bool enabled, WebhookEntity entity)
    {
        entity.Url = input.Url;
        entity.Events = string.Join(',', input.Events ?? []);
        entity.ContentTypes = string.Join(',', input.ContentTypeAliases ?? []);
        entity.Headers = JsonSerializer.Serialize(input.Headers ?? new Dictionary<string, string>());
        entity.Enabled = enabled;
    }

    public static IReadOnlyList<string> Split(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static IReadOnlyDictionary<string, string> Headers(WebhookEntity entity) =>
        string.IsNullOrWhiteSpace(entity.Headers)
            ? new Dictionary<string, string>()
            : JsonSerializer.Deserialize<Dictionary<string, string>>(entity.Headers) ?? [];

    /// <summary>Whether the webhook wants <paramref name="eventAlias"/> for an item of <paramref name="contentTypeAlias"/>.</summary>
    /// <remarks>An item whose type is unknown (deleted after a restart) is sent to filtered webhooks too: a receiver
    /// can ignore an id it never knew, but would keep stale data if a deletion were withheld.</remarks>
    public static bool Matches(WebhookEntity entity, string eventAlias, string? contentTypeAlias)
    {
        if (!entity.Enabled || !Split(entity.Events).Contains(eventAlias, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        var filter = Split(entity.ContentTypes);
        return filter.Count == 0 || contentTypeAlias is null || filter.Contains(contentTypeAlias, StringComparer.OrdinalIgnoreCase);
    }
}
