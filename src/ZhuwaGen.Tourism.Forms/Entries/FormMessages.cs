using ZhuwaGen.Tourism.Forms.Definitions;

namespace ZhuwaGen.Tourism.Forms.Entries;

/// <summary>
/// Validation and booking messages in the visitor's culture: the field's own message when the form gives one, else
/// the site's message for the key from umbraco.config's &lt;Forms&gt;&lt;Messages&gt;, else a plain English default.
/// "{0}" is replaced by the field's caption.
/// </summary>
public sealed class FormMessages(FormSchema schema, string culture, string defaultCulture)
{
    private static readonly Dictionary<string, string> Defaults = new(StringComparer.OrdinalIgnoreCase)
    {
        ["required"] = "Please provide a value for {0}",
        ["pattern"] = "Please provide a valid value for {0}",
        ["email"] = "Please provide a valid email address for {0}",
        ["phone"] = "Please provide a valid phone number for {0}",
        ["number"] = "Please provide a number for {0}",
        ["min"] = "{0} must be at least {1}",
        ["max"] = "{0} must be at most {1}",
        ["maxLength"] = "{0} must be at most {1} characters",
        ["date"] = "Please provide a date (YYYY-MM-DD) for {0}",
        ["dateRange"] = "Please provide a start and an end date, in order, for {0}",
        ["choice"] = "Please choose one of the options for {0}",
        ["single"] = "Please give only one value for {0}",
        ["consent"] = "Please agree to {0}",
        ["bookingReversed"] = "The check-out date must be after the check-in date",
        ["bookingPast"] = "The dates are in the past",
        ["bookingTooLong"] = "A stay can be at most {1} nights",
        ["bookingFull"] = "Not available on {1}",
        ["bookingTooManyGuests"] = "At most {1} guests",
        ["bookingUnknown"] = "Please choose one of the options for {0}",
        ["bookingNotBookable"] = "This page cannot be booked",
    };

    public string Culture => culture;

    public string Text(LocalizedText text) => text.Get(culture, defaultCulture);

    public string For(FormField? field, string key, LocalizedText? own = null, object? argument = null)
    {
        var template = own is { IsEmpty: false }
            ? Text(own)
            : schema.Messages.TryGetValue(key, out var site) ? Text(site) : Defaults.GetValueOrDefault(key, key);
        var caption = field is null ? string.Empty : Text(field.Caption) is { Length: > 0 } c ? c : field.Alias;
        return template.Replace("{0}", caption, StringComparison.Ordinal)
            .Replace("{1}", Convert.ToString(argument, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, StringComparison.Ordinal);
    }
}
