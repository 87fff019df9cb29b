namespace ZhuwaGen.Tourism.Web.Startup;

/// <summary>
/// Ready once migrations, the schema import, the seed and the first snapshot are done: what
/// <see cref="ReadinessGate"/> holds requests on (and answers the health endpoint "Unhealthy" for) while the server
/// already listens.
/// </summary>
internal sealed class Readiness
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the site is ready; cancelled when its preparation failed (the process is stopping).</summary>
    public Task WhenReady => _ready.Task;

    public bool IsReady => _ready.Task.IsCompletedSuccessfully;

    public void MarkReady() => _ready.TrySetResult();

    public void MarkFailed() => _ready.TrySetCanceled();
}
