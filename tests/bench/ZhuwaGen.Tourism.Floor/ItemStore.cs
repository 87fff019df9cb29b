using System.IO.Compression;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace ZhuwaGen.Tourism.Floor;

/// <summary>A stored item: its name and its rendered JSON, as the site's stored Delivery JSON.</summary>
internal sealed class FloorItem
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public required string Json { get; set; }
}

internal sealed class FloorDb(DbContextOptions<FloorDb> options) : DbContext(options)
{
    public DbSet<FloorItem> Items => Set<FloorItem>();
}

/// <summary>One item held for serving: its JSON as UTF-8 and pre-compressed with Brotli and gzip, as the site keeps it.</summary>
internal sealed record HeldItem(int Id, string Name, byte[] Json, byte[]? Brotli = null, byte[]? Gzip = null);

/// <summary>
/// The site's 2,023 items stand-in: 2,023 rows of Chinese and English JSON shaped like a Delivery API item, created on
/// the first start and read whole at every start, as the site reads its published snapshot.
/// </summary>
internal sealed class ItemStore
{
    private const int Count = 2023;

    public IReadOnlyList<HeldItem> Items { get; private set; } = [];

    public async Task LoadAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FloorDb>();
        await db.Database.EnsureCreatedAsync();
        if (!await db.Items.AnyAsync())
        {
            db.Items.AddRange(Enumerable.Range(1, Count).Select(i => new FloorItem { Name = $"测试站点{i}", Json = SampleJson(i) }));
            await db.SaveChangesAsync();
        }

        var rows = await db.Items.AsNoTracking().OrderBy(i => i.Id).ToListAsync();
        Items = rows.Select(r => new HeldItem(r.Id, r.Name, Encoding.UTF8.GetBytes(r.Json))).ToList();
    }

    /// <summary>Keeps every item pre-compressed too; run once the app listens, as the site renders its stored JSON then.</summary>
    public void Compress() => Items = Items.Select(i => i with
    {
        Brotli = Compress(i.Json, s => new BrotliStream(s, CompressionLevel.Optimal)),
        Gzip = Compress(i.Json, s => new GZipStream(s, CompressionLevel.Optimal)),
    }).ToList();

    public IResult Write(HttpContext context, int id)
    {
        if (id < 1 || id > Items.Count)
        {
            return Results.NotFound();
        }

        var item = Items[id - 1];
        var accepts = context.Request.Headers.AcceptEncoding.ToString();
        if (item.Brotli is not null && accepts.Contains("br", StringComparison.Ordinal))
        {
            context.Response.Headers.ContentEncoding = "br";
            return Results.Bytes(item.Brotli, "application/json");
        }

        return Results.Bytes(item.Json, "application/json");
    }

    private static byte[] Compress(byte[] bytes, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream();
        using (var stream = compressor(output))
        {
            stream.Write(bytes);
        }

        return output.ToArray();
    }

    private static string SampleJson(int i) => $$$"""
        {"contentType":"routeStop","name":"测试站点{{{i}}}","createDate":"2026-11-01T10:00:00Z","updateDate":"2026-11-02T10:00:00Z",
         "route":{"path":"/sangjiu-baga/test-stop-{{{i}}}/","startItem":{"id":"00000000-0000-0000-0000-000000000001","path":"sangjiu-baga"} },
         "id":"{{{Guid.NewGuid()}}}",
         "properties":{"latitude":28.5{{{i % 100}}},"longitude":97.3{{{i % 100}}},"orderOnRoute":{{{i}}},"distanceFromPreviousKm":{{{1.5 + i % 7}}},
         "openingHours":"每天 9:00–18:00","summary":"第{{{i}}}个测试站点，位于察隅河谷，可以采摘水果、参观合作社。",
         "body":{"markup":"<h2>站点{{{i}}}</h2><p>沿着桑久—巴嘎线路，游客可以在这里休息、品尝当地的特色农产品。竹瓦根镇的乡村振兴故事从这里开始。</p>","blocks":[]},
         "activities":["sightseeing-picking"],"photos":[],"venue":null},
         "cultures":{"zh-Hans":{"path":"/sangjiu-baga/test-stop-{{{i}}}/","startItem":{"id":"00000000-0000-0000-0000-000000000001","path":"sangjiu-baga"} },
         "en":{"path":"/en/sangjiu-baga/test-stop-{{{i}}}/","startItem":{"id":"00000000-0000-0000-0000-000000000001","path":"sangjiu-baga"} } } }
        """;
}
