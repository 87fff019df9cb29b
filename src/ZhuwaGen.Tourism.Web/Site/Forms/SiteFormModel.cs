namespace ZhuwaGen.Tourism.Web.Site.Forms;

/// <summary>
/// A picked form as the page shows it: its fieldsets and fields in the visitor's language, the values typed so far and
/// each field's own message after a refused post. Rendered by <c>_SiteForm.cshtml</c> on stay, experience and event pages.
/// </summary>
public sealed record SiteFormModel(
    Guid FormId,
    string Action,
    string SubmitLabel,
    string IdempotencyKey,
    bool IsBooking,
    IReadOnlyList<SiteFieldset> Fieldsets,
    string? GeneralError)
{
    /// <summary>The key the controllers put the model under in ViewData; the page views render it when present.</summary>
    public const string ViewDataKey = "site-form";

    /// <summary>Posted names that are not fields (fields post under their alias, which never starts with "_").</summary>
    public const string FormField = "_form";
    public const string IdempotencyField = "_idempotency";

    /// <summary>The honeypot: hidden from people and assistive technology, filled only by robots.</summary>
    public const string HoneypotField = "_website";

    public IEnumerable<SiteField> Fields => Fieldsets.SelectMany(f => f.Fields);

    public IEnumerable<SiteField> Invalid => Fields.Where(f => f.Error is not null);

    public bool HasConditions => Fields.Any(f => f.ConditionJson is not null);
}

public sealed record SiteFieldset(string? Caption, IReadOnlyList<SiteField> Fields);

public sealed record SiteFieldOption(string Value, string Caption, bool Selected);

/// <summary>How a field is drawn: the HTML control that fits its form field type (and, on a stay, its alias).</summary>
public enum SiteFieldKind
{
    Text,
    Email,
    Tel,
    Number,
    Date,
    DateRange,
    TextArea,
    Select,
    Checkboxes,
    Checkbox,
    Consent,
    Hidden,
}

public sealed record SiteField(
    Guid Id,
    string Alias,
    SiteFieldKind Kind,
    string Label,
    string? Help,
    string? Placeholder,
    bool Required,
    IReadOnlyList<string> Values,
    string? Error,
    IReadOnlyList<SiteFieldOption> Options,
    string? Min,
    string? Max,
    int? MaxLength,
    string? Autocomplete,
    string? ConditionJson)
{
    public string InputId => "f-" + Alias;

    public string? Value => Values.Count > 0 ? Values[0] : null;

    /// <summary>The ids a control is described by: its hint and its message.</summary>
    public string? DescribedBy =>
        string.Join(' ', new[] { Help is null ? null : InputId + "-hint", Error is null ? null : InputId + "-error" }.OfType<string>()) is { Length: > 0 } ids ? ids : null;
}
