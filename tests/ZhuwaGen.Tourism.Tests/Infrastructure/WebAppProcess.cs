using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using ZhuwaGen.Tourism.Cms.Hosting;

namespace ZhuwaGen.Tourism.Tests.Infrastructure;

/// <summary>
/// The built web app (ZhuwaGen.Tourism.Web.dll) run as its own process with `dotnet`, from the repository root as an
/// operator would run it, over a <see cref="TestDatabase"/>. Output is drained as it comes so the child never blocks
/// on a full pipe, and every wait is bounded.
/// </summary>
public sealed class WebAppProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private WebAppProcess(Process process)
    {
        _process = process;
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static WebAppProcess Start(TestDatabase database, string[] arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = ApplicationRoot.Find(AppContext.BaseDirectory),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(WebAssembly());
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["Database__Provider"] = database.Provider.ToString();
        start.Environment["ConnectionStrings__Cms"] = database.ConnectionString;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        var process = new Process { StartInfo = start };
        var running = new WebAppProcess(process);
        process.OutputDataReceived += (_, e) => running.Append(e.Data);
        process.ErrorDataReceived += (_, e) => running.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return running;
    }

    /// <summary>Waits for the process to end (at most <paramref name="limit"/>) and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The web app did not exit within {limit}. Output:\n{Output}");
        }

        return _process.ExitCode;
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Polls /healthz until it answers 200, the process dies, or <paramref name="limit"/> passes.</summary>
    public async Task<bool> HealthyWithinAsync(HttpClient client, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline && !HasExited)
        {
            try
            {
                using var response = await client.GetAsync("/healthz");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // A request timed out while the site was still starting.
            }

            await Task.Delay(250);
        }

        return false;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    // dotnet test sets DOTNET_HOST_PATH to the muxer that runs it; use the same one.
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>The web project's own build output in the configuration the tests were built in (bin/Debug/net10.0).</summary>
    private static string WebAssembly()
    {
        var root = ApplicationRoot.Find(AppContext.BaseDirectory);
        var testProject = Path.Combine(root, "tests", "ZhuwaGen.Tourism.Tests");
        var output = Path.GetRelativePath(testProject, AppContext.BaseDirectory);
        var built = Path.Combine(root, "src", "ZhuwaGen.Tourism.Web", output, "ZhuwaGen.Tourism.Web.dll");
        return File.Exists(built) ? built : Path.Combine(AppContext.BaseDirectory, "ZhuwaGen.Tourism.Web.dll");
    }
}
