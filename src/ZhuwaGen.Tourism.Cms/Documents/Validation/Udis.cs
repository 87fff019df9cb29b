using System.Text.RegularExpressions;

namespace ZhuwaGen.Tourism.Cms.Documents.Validation;

/// <summary>Umbraco's entity identifiers as they appear in stored values: umb://{entity}/{guid without dashes}.</summary>
internal static partial class Udis
{
    public static bool IsDocument(string text) => DocumentUdi().IsMatch(text);

    public static bool IsElement(string text) => ElementUdi().IsMatch(text);

    /// <summary>Tree pickers can be configured for content, media or members.</summary>
    public static bool IsPickable(string text) => PickableUdi().IsMatch(text);

    public static bool IsGuid(string text) => Guid.TryParse(text, out _);

    [GeneratedRegex("^umb://document/[0-9a-fA-F]{32}$")]
    private static partial Regex DocumentUdi();

    [GeneratedRegex("^umb://element/[0-9a-fA-F]{32}$")]
    private static partial Regex ElementUdi();

    [GeneratedRegex("^umb://(document|media|member)/[0-9a-fA-F]{32}$")]
    private static partial Regex PickableUdi();
}
