using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ZhuwaGen.Tourism.Bench;

/// <summary>
/// The ceiling for the Delivery API benchmark: a bare Kestrel endpoint that returns the given bytes from memory,
/// with nothing else in the pipeline.
/// </summary>
internal static class Ceiling
{
    public static async Task RunAsync(string file, int port)
    {
        var bytes = await File.ReadAllBytesAsync(file);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.MapGet("/", () => Results.Bytes(bytes, "application/json"));
        await app.RunAsync();
    }
}
