using Microsoft.Extensions.Diagnostics.HealthChecks;
using ZhuwaGen.Tourism.Cms.Changes;

namespace ZhuwaGen.Tourism.Web.Startup;

/// <summary>Degraded while a change-log consumer keeps failing: the site runs, but some change is not yet shown everywhere.</summary>
internal sealed class ChangePipelineHealth(ChangePipeline pipeline) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var failures = pipeline.Failures;
        return Task.FromResult(failures.Count == 0
            ? HealthCheckResult.Healthy("every change applied")
            : HealthCheckResult.Degraded(string.Join("; ", failures.Select(f => $"{f.Consumer} fails on change {f.EntryId} ({f.Attempts}×): {f.Error}"))));
    }
}
