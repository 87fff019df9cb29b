namespace ZhuwaGen.Tourism.Web.Backoffice.Pickers;

/// <summary>
/// What a button of the edit form asks for beyond save and publish, posted as <c>intent=verb:alias[:argument]</c>
/// (aliases are letters and digits, so the colon is safe): <c>pick:venue</c> saves the draft and opens the picker;
/// <c>remove:photos:2</c>, <c>up:…</c>, <c>down:…</c>, <c>add:roomTypes:&lt;element type key&gt;</c>,
/// <c>preview:body</c> and <c>write:body</c> change the form and show it again without saving.
/// </summary>
public sealed record EditIntent(string Verb, string Alias, string? Argument)
{
    public const string Pick = "pick";
    public const string Remove = "remove";
    public const string Up = "up";
    public const string Down = "down";
    public const string Add = "add";
    public const string Preview = "preview";
    public const string Write = "write";

    private static readonly HashSet<string> InFormVerbs = [Remove, Up, Down, Add, Preview, Write];

    /// <summary>The intent of a button, or null for save, publish or anything unknown.</summary>
    public static EditIntent? Parse(string? intent)
    {
        var parts = (intent ?? string.Empty).Split(':', 3);
        if (parts.Length < 2 || parts[1].Length == 0 || !(parts[0] == Pick || InFormVerbs.Contains(parts[0])))
        {
            return null;
        }

        return new EditIntent(parts[0], parts[1], parts.Length == 3 ? parts[2] : null);
    }

    /// <summary>Changes the form only: shown again, nothing saved.</summary>
    public bool InForm => InFormVerbs.Contains(Verb);

    public int? Index => int.TryParse(Argument, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var i) ? i : null;

    public string Value => Argument is null ? $"{Verb}:{Alias}" : $"{Verb}:{Alias}:{Argument}";

    public static string For(string verb, string alias, object? argument = null) =>
        argument is null ? $"{verb}:{alias}" : $"{verb}:{alias}:{Convert.ToString(argument, System.Globalization.CultureInfo.InvariantCulture)}";
}
