namespace ZhuwaGen.Tourism.Cms.Hosting;

/// <summary>Where the application's files live: the root (umbraco.config, wwwroot) and App_Data.</summary>
public sealed class CmsPaths(string root)
{
    public string Root { get; } = root;

    public string AppData => Path.Combine(Root, "App_Data");

    public string Resolve(string path) => Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(Root, path));
}
