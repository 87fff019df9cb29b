using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ZhuwaGen.Tourism.Web.Startup;

/// <summary>Healthy once migrations, the schema import, the seed and the first snapshot are done.</summary>
internal sealed class Readiness : IHealthCheck
{
    private volatile bool _ready;

    public void MarkReady() => _ready = true;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_ready ? HealthCheckResult.Healthy("ready") : HealthCheckResult.Unhealthy("starting"));
}
