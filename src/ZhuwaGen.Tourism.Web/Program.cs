using ZhuwaGen.Tourism.Cms.Hosting;
using ZhuwaGen.Tourism.Web;
using ZhuwaGen.Tourism.Web.Cli;

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

    // The probe waits on the database while the endpoints are built: on two cores they overlap.
    var probe = Task.Run(() => DatabaseProbe.EnsureUsableAsync(app.Services, CancellationToken.None));
    try
    {
        app.MapZhuwaGen();
    }
    finally
    {
        await probe.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    await probe;

    if (SchemaExportCommand.Matches(args))
    {
        return await SchemaExportCommand.RunAsync(app, args);
    }

    await app.RunAsync();
    return 0;
}
catch (CmsStartupException exception)
{
    await Console.Error.WriteLineAsync("ZhuwaGen Tourism cannot start: " + exception.Message);
    return 1;
}

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
