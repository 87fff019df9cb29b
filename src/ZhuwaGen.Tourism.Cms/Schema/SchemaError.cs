namespace ZhuwaGen.Tourism.Cms.Schema;

/// <summary>
/// One problem found in umbraco.config. <see cref="Item"/> names the offending item (for example
/// "ContentType 'event'") so the message is actionable even when no line number is known.
/// </summary>
public sealed record SchemaError(string Message, int? Line = null, string? Item = null)
{
    /// <summary>File name used in <see cref="ToString"/>; set by the reader to its source name.</summary>
    public string Source { get; init; } = "umbraco.config";

    public override string ToString()
    {
        var where = Line is { } line ? $"{Source} line {line}" : Source;
        return Item is null ? $"{where}: {Message}" : $"{where}, {Item}: {Message}";
    }
}
