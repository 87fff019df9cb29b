namespace ZhuwaGen.Tourism.Web.Backoffice.Forms;

/// <summary>The forms screens' paths under /umbraco/forms.</summary>
internal static class FormsRoutes
{
    public const string List = "/umbraco/forms";

    public static string Form(Guid form, string? culture = null) => WithCulture($"{List}/{form:D}", culture);

    public static string Field(Guid form, Guid field, string? culture = null) => WithCulture($"{List}/{form:D}/fields/{field:D}", culture);

    public static string NewField(Guid form) => $"{List}/{form:D}/fields/new";

    public static string Move(Guid form, Guid field) => $"{List}/{form:D}/fields/{field:D}/move";

    public static string Remove(Guid form, Guid field, string? culture = null) => WithCulture($"{List}/{form:D}/fields/{field:D}/remove", culture);

    public static string Delete(Guid form) => $"{List}/{form:D}/delete";

    public static string Entries(Guid form) => $"{List}/{form:D}/entries";

    public static string EntriesCsv(Guid form) => $"{List}/{form:D}/entries.csv";

    public static string Decide(Guid form, Guid entry, string verb) => $"{List}/{form:D}/entries/{entry:D}/{verb}";

    private static string WithCulture(string path, string? culture) =>
        culture is null ? path : $"{path}?culture={Uri.EscapeDataString(culture)}";
}
