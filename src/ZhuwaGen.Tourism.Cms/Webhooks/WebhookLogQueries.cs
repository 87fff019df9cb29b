using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Persistence;

namespace ZhuwaGen.Tourism.Cms.Webhooks;

/// <summary>Reads the delivery log: every attempt of a webhook, newest first.</summary>
public sealed class WebhookLogQueries(CmsDbContext db)
{
    public const int MaxTake = 500;

    /// <summary>A page of the webhook's log, or null when the webhook does not exist.</summary>
    public async Task<WebhookLogPage?> ListAsync(Guid webhookKey, int skip, int take, CancellationToken cancellationToken)
    {
        if (!await db.Webhooks.AnyAsync(w => w.Key == webhookKey, cancellationToken))
        {
            return null;
        }

        var logs = db.WebhookLogs.AsNoTracking().Where(l => l.WebhookKey == webhookKey);
        var total = await logs.LongCountAsync(cancellationToken);
        var items = await logs
            .OrderByDescending(l => l.Date).ThenByDescending(l => l.Id)
            .Skip(Math.Max(0, skip))
            .Take(Math.Clamp(take, 0, MaxTake))
            .Select(l => new WebhookLogView(
                l.Key, l.WebhookKey, l.EventAlias, l.Url, DateTime.SpecifyKind(l.Date, DateTimeKind.Utc), l.RetryCount, l.StatusCode, l.IsSuccess,
                l.RequestBody, l.ResponseBody, l.Error))
            .ToListAsync(cancellationToken);
        return new WebhookLogPage(total, items);
    }
}
