using ZhuwaGen.Tourism.Cms.Hosting;
using ZhuwaGen.Tourism.Cms.Schema;
using ZhuwaGen.Tourism.Forms.Hosting;

namespace ZhuwaGen.Tourism.Web.Cli;

/// <summary>
/// `dotnet run --project src/ZhuwaGen.Tourism.Web -- schema export FILE`: brings the database up to date (migrations
/// and the umbraco.config import, the forms), then writes the database's schema and the forms to FILE in the
/// umbraco.config format.
/// </summary>
internal static class SchemaExportCommand
{
    public static bool Matches(string[] args) =>
        args.Length >= 2 && args[0] == "schema" && args[1] == "export";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (args.Length != 3)
        {
            await Console.Error.WriteLineAsync("Usage: schema export FILE");
            return 2;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var initializer = scope.ServiceProvider.GetRequiredService<CmsInitializer>();
        await initializer.MigrateAsync(CancellationToken.None);
        await initializer.ImportSchemaAsync(CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<FormsInitializer>().InitializeAsync(CancellationToken.None);
        var schema = await scope.ServiceProvider.GetRequiredService<SchemaStore>().LoadAsync(CancellationToken.None);
        var file = Path.GetFullPath(args[2]);
        await File.WriteAllTextAsync(file, SchemaFileWriter.Write(schema, scope.ServiceProvider.GetServices<ISchemaSection>().Select(s => s.Write())));
        Console.WriteLine($"Wrote the schema ({schema.ContentTypes.Count} content types, {schema.DataTypes.Count} data types, {schema.Languages.Count} languages) to {file}");
        return 0;
    }
}
