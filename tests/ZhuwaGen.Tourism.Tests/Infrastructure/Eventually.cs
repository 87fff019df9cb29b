namespace ZhuwaGen.Tourism.Tests.Infrastructure;

/// <summary>
/// Waits for what the site does after a request has returned (the workflow outbox, the change pipeline): checks
/// every 100 ms and fails naming what did not happen in time.
/// </summary>
public static class Eventually
{
    public static Task TrueAsync(Func<bool> condition, string what, int seconds = 30) =>
        TrueAsync(() => Task.FromResult(condition()), what, seconds);

    public static async Task TrueAsync(Func<Task<bool>> condition, string what, int seconds = 30)
    {
        for (var i = 0; i < seconds * 10; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"{what}: not within {seconds} s.");
    }
}
