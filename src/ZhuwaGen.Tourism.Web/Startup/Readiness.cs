using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ZhuwaGen.Tourism.Web.Startup;

/// <summary>
/// Ready once migrations, the schema import, the seed and the first snapshot are done: healthy from then on, and what
/// <see cref="ReadinessGate"/> holds requests on while the server already listens.
/// </summary>
internal sealed class Readiness : IHealthCheck
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the site is ready; cancelled when its preparation failed (the process is stopping).</summary>
    public Task WhenReady => _ready.Task;

    public bool IsReady => _ready.Task.IsCompletedSuccessfully;

    public void MarkReady() => _ready.TrySetResult();

    public void MarkFailed() => _ready.TrySetCanceled();

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(IsReady ? HealthCheckResult.Healthy("ready") : HealthCheckResult.Unhealthy("starting"));
}
