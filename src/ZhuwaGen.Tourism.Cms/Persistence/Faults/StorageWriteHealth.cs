namespace ZhuwaGen.Tourism.Cms.Persistence.Faults;

/// <summary>
/// Whether saving works right now: the last storage failure, cleared by the next successful save. Fed by
/// <see cref="StorageFaultInterceptor"/> and the host's exception handler; read by the health check.
/// </summary>
public sealed class StorageWriteHealth(TimeProvider clock)
{
    private volatile Failure? _failure;

    public Failure? LastFailure => _failure;

    public void RecordFailure(StorageFault fault, string message)
    {
        if (fault != StorageFault.None)
        {
            _failure = new Failure(fault, message, clock.GetUtcNow());
        }
    }

    public void RecordSuccess() => _failure = null;

    public sealed record Failure(StorageFault Fault, string Message, DateTimeOffset At);
}
