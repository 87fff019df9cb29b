using ZhuwaGen.Tourism.Cms.Persistence;

namespace ZhuwaGen.Tourism.Tests.Infrastructure;

/// <summary>
/// One shared fixture per provider, made on first use and disposed with the class fixture that holds this: the
/// read-only HTTP test classes share one started site per class and provider rather than starting one per test.
/// </summary>
public sealed class PerProvider<T>(Func<DatabaseProvider, Task<T>> create) : IAsyncDisposable
    where T : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<DatabaseProvider, T> _made = [];

    public async Task<T> GetAsync(DatabaseProvider provider)
    {
        await _gate.WaitAsync();
        try
        {
            if (!_made.TryGetValue(provider, out var made))
            {
                made = await create(provider);
                _made[provider] = made;
            }

            return made;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var made in _made.Values)
        {
            await made.DisposeAsync();
        }
    }
}
