using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;

namespace ZhuwaGen.Tourism.Cms.Webhooks;

/// <summary>
/// Umbraco's WebhookFiring job: every <see cref="WebhookOptions.Period"/> it sends the due requests of the outbox in
/// parallel. 2xx removes a request; anything else retries it after Period × 2^(attempts − 1), capped at
/// <see cref="WebhookOptions.MaximumBackoff"/>, until <see cref="WebhookOptions.MaximumRetries"/> retries have failed,
/// when it is given up. Every attempt is written to the delivery log. One instance should run it (as in Umbraco,
/// where only the scheduling publisher fires webhooks): two would both send a due request.
/// </summary>
public sealed class WebhookFiring(
    IServiceScopeFactory scopes,
    IOptions<WebhookOptions> options,
    TimeProvider clock,
    ILogger<WebhookFiring> logger) : BackgroundService
{
    private readonly SemaphoreSlim _run = new(1, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Period, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunOnceAsync(clock.GetUtcNow().UtcDateTime, stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Sending webhooks failed; the requests stay queued for the next run");
            }
        }
    }

    /// <summary>Sends every request due at <paramref name="now"/> once; returns how many attempts were made.</summary>
    public async Task<int> RunOnceAsync(DateTime now, CancellationToken cancellationToken)
    {
        await _run.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            var sender = scope.ServiceProvider.GetRequiredService<WebhookSender>();
            var due = await db.WebhookRequests
                .Where(r => r.NextAttemptDate <= now)
                .OrderBy(r => r.NextAttemptDate).ThenBy(r => r.Id)
                .Take(options.Value.BatchSize)
                .ToListAsync(cancellationToken);
            if (due.Count == 0)
            {
                return 0;
            }

            var keys = due.Select(r => r.WebhookKey).Distinct().ToList();
            var webhooks = await db.Webhooks.AsNoTracking().Where(w => keys.Contains(w.Key)).ToDictionaryAsync(w => w.Key, cancellationToken);
            var sendable = new List<(WebhookRequestEntity Request, WebhookEntity Webhook)>();
            foreach (var request in due)
            {
                if (webhooks.GetValueOrDefault(request.WebhookKey) is { Enabled: true } webhook)
                {
                    sendable.Add((request, webhook));
                }
                else
                {
                    // Disabled or deleted since it was queued: an administrator turned it off, so it is not sent later.
                    db.WebhookRequests.Remove(request);
                    logger.LogInformation("Dropped a {Event} request: webhook {Webhook} is disabled or gone", request.EventAlias, request.WebhookKey);
                }
            }

            var attempts = new ConcurrentDictionary<long, WebhookAttempt>();
            await Parallel.ForEachAsync(
                sendable,
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.MaxParallelRequests), CancellationToken = cancellationToken },
                async (item, ct) => attempts[item.Request.Id] = await sender.SendAsync(item.Webhook, item.Request, ct));

            foreach (var (request, webhook) in sendable)
            {
                Record(db, request, webhook, attempts[request.Id], now);
            }

            await db.SaveChangesAsync(cancellationToken);
            return sendable.Count;
        }
        finally
        {
            _run.Release();
        }
    }

    private void Record(CmsDbContext db, WebhookRequestEntity request, WebhookEntity webhook, WebhookAttempt attempt, DateTime now)
    {
        db.WebhookLogs.Add(new WebhookLogEntity
        {
            Key = Guid.NewGuid(),
            WebhookKey = webhook.Key,
            EventAlias = request.EventAlias,
            Url = webhook.Url,
            Date = now,
            RetryCount = request.RetryCount,
            StatusCode = attempt.StatusCode,
            IsSuccess = attempt.IsSuccess,
            RequestBody = request.Payload,
            ResponseBody = attempt.ResponseBody,
            Error = attempt.Error,
        });

        if (attempt.IsSuccess)
        {
            db.WebhookRequests.Remove(request);
            logger.LogInformation("Delivered {Event} to {Url} ({Status})", request.EventAlias, webhook.Url, attempt.StatusCode);
            return;
        }

        if (attempt.Refused)
        {
            // The target is not allowed; sending again would be refused again.
            db.WebhookRequests.Remove(request);
            logger.LogWarning("Refused {Event} to {Url}, not retried: {Error}", request.EventAlias, webhook.Url, attempt.Error);
            return;
        }

        if (request.RetryCount >= options.Value.MaximumRetries)
        {
            db.WebhookRequests.Remove(request);
            logger.LogWarning(
                "Gave up on {Event} to {Url} after {Attempts} attempts; last: {Status} {Error}",
                request.EventAlias, webhook.Url, request.RetryCount + 1, attempt.StatusCode, attempt.Error);
            return;
        }

        request.RetryCount++;
        request.NextAttemptDate = now + Backoff(request.RetryCount);
        logger.LogInformation(
            "{Event} to {Url} failed ({Status} {Error}); retry {Retry} at {Next:O}",
            request.EventAlias, webhook.Url, attempt.StatusCode, attempt.Error, request.RetryCount, request.NextAttemptDate);
    }

    /// <summary>Period before the first retry, doubling after each further failure, never more than the cap.</summary>
    internal TimeSpan Backoff(int retry)
    {
        var cap = options.Value.MaximumBackoff;
        var factor = Math.Pow(2, Math.Min(retry - 1, 30));
        var ticks = options.Value.Period.Ticks * factor;
        return ticks >= cap.Ticks ? cap : TimeSpan.FromTicks((long)ticks);
    }
}
