namespace ZhuwaGen.Tourism.Cms.Schema;

/// <summary>Bound from "Cms:Schema".</summary>
public sealed class SchemaImportOptions
{
    public const string SectionName = "Cms:Schema";

    /// <summary>The umbraco.config to import at start; relative paths are from the application root.</summary>
    public string File { get; set; } = "umbraco.config";

    /// <summary>Lets an import remove properties, types or languages that hold content, or change their editor.</summary>
    public bool AllowDataLoss { get; set; }
}
