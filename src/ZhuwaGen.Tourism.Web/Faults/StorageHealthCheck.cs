using Microsoft.Extensions.Diagnostics.HealthChecks;
using ZhuwaGen.Tourism.Cms.Persistence.Faults;

namespace ZhuwaGen.Tourism.Web.Faults;

/// <summary>Degraded while saving fails (the last write hit a storage failure and none has worked since).</summary>
internal sealed class StorageHealthCheck(StorageWriteHealth health) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(health.LastFailure is { } failure
            ? HealthCheckResult.Degraded($"writes fail since {failure.At:O}: {failure.Fault}: {failure.Message}")
            : HealthCheckResult.Healthy("writes work"));
}
