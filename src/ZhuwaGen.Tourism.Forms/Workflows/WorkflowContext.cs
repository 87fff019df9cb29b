using System.Globalization;
using System.Text.RegularExpressions;
using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Forms.Definitions;
using ZhuwaGen.Tourism.Forms.Persistence;

namespace ZhuwaGen.Tourism.Forms.Workflows;

/// <summary>
/// What a workflow sees: the form, the entry and its values, the booking when there is one, and the hosting page.
/// <see cref="Expand"/> fills Umbraco-style magic strings: [#alias] a field value, [$alias] a property of the hosting
/// page, and [#bookingReference], [#cancelUrl], [#formName], [#entryId], [#state], [#ownerMessage], [#pageName],
/// [#guesthouseManagers] (the emails of every owner account bound to the booked page, ";"-separated), [#inboxUrl] and
/// [#answeredBy] (the name of the manager who confirmed or declined the booking).
/// </summary>
public sealed partial class WorkflowContext(
    FormDefinition form,
    EntryEntity entry,
    IReadOnlyDictionary<string, string[]> values,
    BookingEntity? booking,
    PublishedItem? page,
    string? cancelUrl)
{
    public FormDefinition Form => form;

    public EntryEntity Entry => entry;

    public IReadOnlyDictionary<string, string[]> Values => values;

    public BookingEntity? Booking => booking;

    /// <summary>The emails of the owner accounts bound to the booked page (see <c>GuesthouseManagers</c>).</summary>
    public IReadOnlyList<string> Managers { get; init; } = [];

    /// <summary>The bookings inbox, where each of them confirms or declines.</summary>
    public string InboxUrl { get; init; } = "/umbraco/bookings";

    public string Expand(string template) => MagicString().Replace(template, match =>
    {
        var alias = match.Groups["alias"].Value;
        if (match.Groups["kind"].Value == "$")
        {
            return page?.Value(alias, entry.Culture) is { } value ? Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty : string.Empty;
        }

        return alias switch
        {
            "bookingReference" => booking?.Reference ?? string.Empty,
            "cancelUrl" => cancelUrl ?? string.Empty,
            "formName" => form.Name,
            "entryId" => entry.Id.ToString("D"),
            "state" => booking?.State.ToString() ?? entry.State.ToString(),
            "ownerMessage" => booking?.OwnerMessage ?? string.Empty,
            "answeredBy" => booking?.DecidedByName ?? string.Empty,
            "pageName" => page?.Name(entry.Culture) ?? string.Empty,
            "guesthouseManagers" => string.Join(';', Managers),
            "inboxUrl" => InboxUrl,
            _ => values.TryGetValue(alias, out var v) ? string.Join(", ", v) : string.Empty,
        };
    });

    /// <summary>Every shown field as "Caption: value" lines, in form order, for a default message body.</summary>
    public string Summary(string defaultCulture) => string.Join('\n', form.Fields
        .Where(f => values.ContainsKey(f.Alias))
        .Select(f => $"{Caption(f, defaultCulture)}: {string.Join(", ", values[f.Alias])}"));

    private string Caption(FormField field, string defaultCulture) =>
        field.Caption.Get(entry.Culture, defaultCulture) is { Length: > 0 } caption ? caption : field.Alias;

    [GeneratedRegex(@"\[(?<kind>[#$])(?<alias>[A-Za-z0-9_]+)\]")]
    private static partial Regex MagicString();
}
