namespace ZhuwaGen.Tourism.Cms.Hosting;

/// <summary>
/// The repository root: the folder that holds umbraco.config and wwwroot. Found by walking up from the working
/// directory and then from the application's base directory, so `dotnet run --project src/ZhuwaGen.Tourism.Web`
/// works from the root and from the project folder alike.
/// </summary>
public static class ApplicationRoot
{
    private const string Marker = "umbraco.config";

    public static string Find(string? start = null)
    {
        foreach (var origin in new[] { start, Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = origin is null ? null : new DirectoryInfo(origin); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, Marker)))
                {
                    return directory.FullName;
                }
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
