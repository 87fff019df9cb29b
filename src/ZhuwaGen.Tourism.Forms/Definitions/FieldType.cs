namespace ZhuwaGen.Tourism.Forms.Definitions;

public enum FieldType
{
    ShortAnswer,
    LongAnswer,
    Email,
    Phone,
    Number,
    Date,
    DateRange,
    Dropdown,
    MultipleChoice,
    Checkbox,
    DataConsent,
    Hidden,
}

/// <summary>
/// How each field type appears in the definition JSON: Umbraco Forms' type id and name, and for the short-answer
/// variants the HTML input type Umbraco puts in settings.fieldType. Date range is this site's own type.
/// </summary>
public static class FieldTypes
{
    public static (Guid Id, string Name) Describe(FieldType type) => type switch
    {
        FieldType.ShortAnswer or FieldType.Email or FieldType.Phone or FieldType.Number =>
            (Guid.Parse("3f92e01b-29e2-4a30-bf33-9df5580ed52c"), "Short answer"),
        FieldType.LongAnswer => (Guid.Parse("023f09ac-1445-4bcb-b8fa-ab49f33bd046"), "Long answer"),
        FieldType.Date => (Guid.Parse("f8b4c3b8-af28-11de-9dd8-ef5956d89593"), "Date"),
        FieldType.DateRange => (Guid.Parse("7c1e4b5a-2d3f-4e6a-9b8c-0d1e2f3a4b5c"), "Date range"),
        FieldType.Dropdown => (Guid.Parse("0dd29d42-a6a5-11de-a2f2-222256d89593"), "Dropdown"),
        FieldType.MultipleChoice => (Guid.Parse("fab43f20-a6bf-11de-a28f-9b5755d89593"), "Multiple choice"),
        FieldType.Checkbox => (Guid.Parse("d5c0c390-ae9a-11de-a69e-666455d89593"), "Checkbox"),
        FieldType.DataConsent => (Guid.Parse("a72c9df9-3847-47cf-afb8-b86773fd12cd"), "Data Consent"),
        FieldType.Hidden => (Guid.Parse("da206cae-1c52-434e-b21a-4a7c198af877"), "Hidden"),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>settings.fieldType for the short-answer family (text, email, tel, number); empty for the others.</summary>
    public static string InputType(FieldType type) => type switch
    {
        FieldType.ShortAnswer => "text",
        FieldType.Email => "email",
        FieldType.Phone => "tel",
        FieldType.Number => "number",
        _ => string.Empty,
    };

    /// <summary>The names used in umbraco.config: shortAnswer, email, dateRange…</summary>
    public static string XmlName(FieldType type) => char.ToLowerInvariant(type.ToString()[0]) + type.ToString()[1..];

    public static bool TryParseXmlName(string name, out FieldType type) => Enum.TryParse(name, ignoreCase: true, out type);

    public static bool IsMultiValue(FieldType type) => type is FieldType.MultipleChoice or FieldType.DateRange;
}
