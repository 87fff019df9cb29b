using System.Text.Json;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;

namespace ZhuwaGen.Tourism.Cms.Webhooks;

/// <summary>Between the stored webhook row (comma lists, headers as JSON) and what the services work with.</summary>
internal static class WebhookMapping
{
    public static WebhookView ToView(WebhookEntity entity, WebhookContentTypes types)
    {
        var filter = Split(entity.ContentTypes);
        return new(
            entity.Key,
            entity.Name,
            entity.Description,
            entity.Url,
            Split(entity.Events),
            filter.Select(e => Guid.TryParse(e, out var key) ? key : types.KeyOf(e)).OfType<Guid>().ToList(),
            filter.Select(e => Guid.TryParse(e, out var key) ? types.AliasOf(key) : e).OfType<string>().ToList(),
            Headers(entity),
            entity.Enabled,
            DateTime.SpecifyKind(entity.CreateDate, DateTimeKind.Utc));
    }

    public static void Apply(ValidWebhookInput input, bool enabled, WebhookEntity entity)
    {
        entity.Name = input.Name;
        entity.Description = input.Description;
        entity.Url = input.Url;
        entity.Events = string.Join(',', input.Events ?? []);
        entity.ContentTypes = string.Join(',', (input.ContentTypeKeys ?? []).Select(k => k.ToString("D")));
        entity.Headers = JsonSerializer.Serialize(input.Headers ?? new Dictionary<string, string>());
        entity.Enabled = enabled;
    }

    public static WebhookFilterSettings FilterSettings(WebhookEntity entity) =>
        new(entity.Enabled, Split(entity.Events), Split(entity.ContentTypes));

    public static IReadOnlyList<string> Split(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static IReadOnlyDictionary<string, string> Headers(WebhookEntity entity) =>
        string.IsNullOrWhiteSpace(entity.Headers)
            ? new Dictionary<string, string>()
            : JsonSerializer.Deserialize<Dictionary<string, string>>(entity.Headers) ?? [];
}
