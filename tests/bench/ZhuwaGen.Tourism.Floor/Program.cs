using System.Runtime;
using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Floor;

// The libraries the site stands on, without the site: each part switched on by name (--parts mvc,ef,auth,search,text),
// doing the least the site does with it at start and on its first page, so tests/bench/floor.sh can say what the
// stack alone keeps resident at rest, part by part, beside the site's own figure.
var builder = WebApplication.CreateBuilder(args);
var parts = Parts.From(builder.Configuration["parts"]);
builder.Services.AddSingleton(parts);

if (parts.Mvc)
{
    builder.Services.AddControllersWithViews();
}

if (parts.Ef)
{
    var file = builder.Configuration["db"] ?? throw new InvalidOperationException("--db FILE is required with ef");
    builder.Services.AddDbContext<FloorDb>(o =>
    {
        o.UseSqlite($"Data Source={file}");
        if (parts.Auth)
        {
            o.UseOpenIddict();
        }
    });
    builder.Services.AddSingleton<ItemStore>();
}

if (parts.Auth)
{
    Auth.Add(builder.Services);
}

if (parts.Search)
{
    builder.Services.AddSingleton<ItemSearch>();
}

var app = builder.Build();

if (parts.Ef)
{
    await app.Services.GetRequiredService<ItemStore>().LoadAsync(app.Services);
}

if (parts.Auth)
{
    app.UseAuthentication();
    app.UseAuthorization();
}

if (parts.Mvc)
{
    app.MapDefaultControllerRoute();
}
else
{
    app.MapGet("/", () => "ok");
}

if (parts.Ef)
{
    app.MapGet("/item/{id:int}", (int id, HttpContext context, ItemStore items) => items.Write(context, id));
}
else
{
    app.MapGet("/item/{id:int}", () => "ok");
}

// As the site: the items' compressed copies and the search index are made once the app listens, then the start-up work's garbage is given back once
// (the site's StartupMemoryTrim).
app.Lifetime.ApplicationStarted.Register(() => _ = Task.Run(() =>
{
    if (parts.Ef)
    {
        app.Services.GetRequiredService<ItemStore>().Compress();
    }

    if (parts.Search)
    {
        app.Services.GetRequiredService<ItemSearch>().Build(app.Services.GetRequiredService<ItemStore>().Items);
    }

    GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
    GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
}));

await app.RunAsync();
