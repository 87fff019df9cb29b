using ZhuwaGen.Tourism.Forms.Persistence;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Forms;

/// <summary>One page of a form's entries, in one state or all.</summary>
public sealed class EntriesPage : ShellPage
{
    public FormsText Strings => new(Text);

    public required Guid FormId { get; init; }

    public required string FormName { get; init; }

    public bool IsBookingForm { get; init; }

    /// <summary>Admins and editors approve and reject entries of forms that are not booking forms.</summary>
    public bool CanDecide { get; init; }

    /// <summary>The person may open the bookings inbox (administrators), where a booking form's entries are decided.</summary>
    public bool CanOpenInbox { get; init; }

    public EntryState? State { get; init; }

    public int Page { get; init; }

    public int Pages { get; init; }

    public required EntryCounts Counts { get; init; }

    public required IReadOnlyList<EntryCard> Entries { get; init; }

    public string? Notice { get; init; }

    public string? Problem { get; init; }

    public static string Url(Guid form, EntryState? state, int page)
    {
        var query = new List<string>();
        if (state is { } wanted)
        {
            query.Add("state=" + wanted);
        }

        if (page > 1)
        {
            query.Add("page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return FormsRoutes.Entries(form) + (query.Count > 0 ? "?" + string.Join('&', query) : null);
    }
}
