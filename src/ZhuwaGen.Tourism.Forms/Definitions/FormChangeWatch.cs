using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Forms.Persistence;

namespace ZhuwaGen.Tourism.Forms.Definitions;

/// <summary>
/// Puts in force, within <see cref="FormChangeOptions.ChangeCheckInterval"/>, a form edit made by another instance on
/// the shared database: each check reads only the forms' ids and revisions (one small query, one row per form), and
/// when a form was added, changed or removed it reloads the registry and evicts the caches the same way a local edit
/// does (<see cref="FormCacheEviction"/>). A local edit is seen here too and reloaded once more, which is harmless.
/// </summary>
internal sealed class FormChangeWatch(
    IServiceScopeFactory scopes, FormRegistry registry, IOptions<FormChangeOptions> options, ILogger<FormChangeWatch> logger) : BackgroundService
{
    private Dictionary<Guid, int>? _seen;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await registry.Loaded.WaitAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await CheckAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Could not check the forms for changes made by another instance");
            }

            await Task.Delay(options.Value.ChangeCheckInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    /// <summary>Returns the forms that changed since the last check (all of them at the first check).</summary>
    internal async Task<IReadOnlyList<Guid>> CheckAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var revisions = await services.GetRequiredService<FormsDbContext>().FormDefinitions.AsNoTracking()
            .Select(f => new { f.Id, f.Revision })
            .ToDictionaryAsync(f => f.Id, f => f.Revision, cancellationToken);
        var first = _seen is null;
        var changed = revisions.Where(r => _seen is null || !_seen.TryGetValue(r.Key, out var seen) || seen != r.Value).Select(r => r.Key)
            .Concat((_seen ?? []).Keys.Where(id => !revisions.ContainsKey(id)))
            .ToList();
        if (changed.Count == 0)
        {
            return changed;
        }

        // The first check reloads too: an edit made between start-up's read and this one would otherwise wait for the next.
        await registry.EditGate.WaitAsync(cancellationToken);
        try
        {
            registry.Replace(registry.Current with { Forms = await services.GetRequiredService<FormStore>().LoadAllAsync(cancellationToken) });
        }
        finally
        {
            registry.EditGate.Release();
        }

        _seen = revisions;
        if (!first)
        {
            var eviction = services.GetRequiredService<FormCacheEviction>();
            foreach (var id in changed)
            {
                await eviction.EvictAsync(id, cancellationToken);
            }

            logger.LogInformation("Put {Count} form change(s) from another instance in force", changed.Count);
        }

        return changed;
    }
}
