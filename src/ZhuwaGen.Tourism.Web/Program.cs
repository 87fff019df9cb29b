using ZhuwaGen.Tourism.Cms.Hosting;
using ZhuwaGen.Tourism.Web;
using ZhuwaGen.Tourism.Web.Cli;
using ZhuwaGen.Tourism.Web.Startup;

try
{
    var root = ApplicationRoot.Find();
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions
    {
        Args = args,
        // appsettings.json travels with the build output; umbraco.config, wwwroot and App_Data stay at the root.
        ContentRootPath = AppContext.BaseDirectory,
        WebRootPath = Path.Combine(root, "wwwroot"),
    });
    builder.AddZhuwaGen(root);
    var app = builder.Build();

    // The probe and then the site's preparation (migrations, schema, snapshot) keep one core and the database busy;
    // the endpoints are built on the other core meanwhile. The host's start awaits the preparation.
    var probe = Task.Run(() => DatabaseProbe.EnsureUsableAsync(app.Services, CancellationToken.None));
    var export = SchemaExportCommand.Matches(args);
    if (!export)
    {
        app.Services.GetRequiredService<SiteStartup>().BeginAfter(probe);
    }

    try
    {
        app.MapZhuwaGen();
    }
    finally
    {
        await probe.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    // An unusable database is named in one line here, before the host starts and logs a stack trace.
    await probe;

    if (export)
    {
        return await SchemaExportCommand.RunAsync(app, args);
    }

    await using (app)
    {
        try
        {
            await app.StartAsync();
        }
        catch
        {
            // Stopping the host before it is disposed tells it the background jobs' cancellation is a stop, not a
            // fault; disposed without a stop, it logs each job cancelled mid-wait as "BackgroundService failed",
            // beside the one error that did stop the start. That error is the one thrown, whatever the stop meets.
            await app.StopAsync().ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }

        await app.WaitForShutdownAsync();
    }

    return 0;
}
catch (CmsStartupException exception)
{
    await Console.Error.WriteLineAsync("ZhuwaGen Tourism cannot start: " + exception.Message);
    return 1;
}

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
