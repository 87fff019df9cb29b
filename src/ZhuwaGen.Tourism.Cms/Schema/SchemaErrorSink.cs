namespace ZhuwaGen.Tourism.Cms.Schema;

/// <summary>Collects validator errors, attaching the subject's source line and muting already-broken subjects.</summary>
internal sealed class SchemaErrorSink(SchemaSourceMap map)
{
    private readonly List<SchemaError> _errors = [];

    public IReadOnlyList<SchemaError> Errors => _errors;

    public SchemaSourceMap Map => map;

    /// <param name="subject">The model object at fault, for its line; null for schema-wide problems.</param>
    public void Add(object? subject, string? item, string message)
    {
        if (subject is null)
        {
            _errors.Add(new SchemaError(message, null, item));
        }
        else if (!map.IsFaulty(subject))
        {
            _errors.Add(new SchemaError(message, map.LineOf(subject), item));
        }
    }

    /// <summary>" (first declared on line n)" when the earlier item's line is known, so duplicates can be found.</summary>
    public string FirstDeclared(object first) => map.LineOf(first) is { } line ? $" (first declared on line {line})" : "";

    public static string ContentTypeItem(string alias) => $"ContentType '{alias}'";

    public static string DataTypeItem(string alias) => $"DataType '{alias}'";

    public static string LanguageItem(string isoCode) => $"Language '{isoCode}'";

    public static string PropertyItem(string typeAlias, string propertyAlias) =>
        $"ContentType '{typeAlias}' property '{propertyAlias}'";

    public static string TabItem(string typeAlias, string tabAlias) => $"ContentType '{typeAlias}' tab '{tabAlias}'";
}
