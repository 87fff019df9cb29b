using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;
using ZhuwaGen.Tourism.Cms.Schema;

namespace ZhuwaGen.Tourism.Cms.Webhooks;

/// <summary>One event about one entity, ready for the outbox; <see cref="Json"/> is the exact body to send.</summary>
internal sealed record OutboxItem(string EventAlias, Guid EntityKey, string? ContentTypeAlias, string Json);

/// <summary>
/// The durable outbox: an event becomes one <see cref="WebhookRequestEntity"/> per matching webhook, written to the
/// database, so that a restart between the event and its delivery loses nothing. <see cref="WebhookFiring"/> sends them.
/// </summary>
public sealed class WebhookOutbox(CmsDbContext db, TimeProvider clock, SchemaRegistry schemas, ILogger<WebhookOutbox> logger)
{
    /// <summary>The camelCase JSON options every webhook body is written with.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Enqueues <paramref name="payload"/> (serialized as camelCase JSON) for every enabled webhook subscribed to
    /// <paramref name="eventAlias"/> whose content type filter admits <paramref name="contentTypeAlias"/> (null: unknown,
    /// admitted). For media events, the media type alias goes in <paramref name="contentTypeAlias"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The alias is not one of <see cref="WebhookEvents.Supported"/>.</exception>
    public async Task EnqueueAsync(string eventAlias, Guid entityKey, string? contentTypeAlias, object payload, CancellationToken ct)
    {
        var alias = WebhookEvents.Normalize(eventAlias) ?? throw new ArgumentException($"Unknown webhook event '{eventAlias}'.", nameof(eventAlias));
        ArgumentNullException.ThrowIfNull(payload);
        var json = JsonSerializer.Serialize(payload, payload.GetType(), Json);
        var listening = await ListeningAtAsync(clock.GetUtcNow().UtcDateTime, ct);
        await EnqueueAsync([new OutboxItem(alias, entityKey, contentTypeAlias, json)], listening, ct);
    }

    /// <summary>
    /// The enabled webhooks that existed at <paramref name="changedAt"/>: the change-log consumer may reach a change
    /// after a webhook was added, and a webhook hears of the changes made after it was created, never of earlier ones.
    /// When there are none the consumer asks for no payload: a Legacy payload renders the item's Delivery JSON, and on a
    /// site without webhooks catching up with 2,000 publications rendered and kept every one of them for nothing.
    /// </summary>
    internal async Task<IReadOnlyList<WebhookEntity>> ListeningAtAsync(DateTime changedAt, CancellationToken cancellationToken) =>
        await db.Webhooks.AsNoTracking().Where(w => w.Enabled && w.CreateDate <= changedAt).ToListAsync(cancellationToken);

    /// <summary>Enqueues <paramref name="items"/> for every webhook of <paramref name="webhooks"/> whose filter admits it.</summary>
    internal async Task EnqueueAsync(IReadOnlyList<OutboxItem> items, IReadOnlyList<WebhookEntity> webhooks, CancellationToken cancellationToken)
    {
        if (items.Count == 0 || webhooks.Count == 0)
        {
            return;
        }

        var filters = webhooks.Select(w => (Webhook: w, Filter: WebhookMapping.FilterSettings(w))).ToList();
        var types = new WebhookContentTypes(schemas.Current);
        var now = clock.GetUtcNow().UtcDateTime;
        var count = 0;
        foreach (var item in items)
        {
            var typeKey = types.KeyOf(item.ContentTypeAlias);
            foreach (var (webhook, _) in filters.Where(f => WebhookFilter.Fires(f.Filter, item.EventAlias, typeKey, item.ContentTypeAlias)))
            {
                db.WebhookRequests.Add(new WebhookRequestEntity
                {
                    WebhookKey = webhook.Key,
                    EventAlias = item.EventAlias,
                    Payload = item.Json,
                    RetryCount = 0,
                    CreateDate = now,
                    NextAttemptDate = now,
                });
                count++;
            }
        }

        if (count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Queued {Count} webhook requests for {Events}", count, string.Join(", ", items.Select(i => $"{i.EventAlias} {i.EntityKey}")));
        }
    }

    /// <summary>Queues a logged delivery again, with the same event and body, as a new first attempt.</summary>
    public async Task<WebhookOperationStatus> ReplayAsync(Guid logKey, CancellationToken cancellationToken)
    {
        var log = await db.WebhookLogs.AsNoTracking().SingleOrDefaultAsync(l => l.Key == logKey, cancellationToken);
        if (log is null || !await db.Webhooks.AnyAsync(w => w.Key == log.WebhookKey, cancellationToken))
        {
            return WebhookOperationStatus.NotFound;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.WebhookRequests.Add(new WebhookRequestEntity
        {
            WebhookKey = log.WebhookKey,
            EventAlias = log.EventAlias,
            Payload = log.RequestBody,
            CreateDate = now,
            NextAttemptDate = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        return WebhookOperationStatus.Success;
    }
}
