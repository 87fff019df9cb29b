using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Forms.Definitions;
using ZhuwaGen.Tourism.Forms.Persistence;
using ZhuwaGen.Tourism.Web.Backoffice.Lists;

namespace ZhuwaGen.Tourism.Web.Backoffice.Forms;

/// <summary>How many entries a form has in each state.</summary>
public sealed record EntryCounts(int Submitted, int Approved, int Rejected)
{
    public static readonly EntryCounts None = new(0, 0, 0);

    public int Total => Submitted + Approved + Rejected;

    public int Of(EntryState? state) => state switch
    {
        EntryState.Submitted => Submitted,
        EntryState.Approved => Approved,
        EntryState.Rejected => Rejected,
        _ => Total,
    };
}

/// <summary>The pages that pick a form (by <see cref="FormUsage"/>: drafts and the recycle bin count) as cards with their titles.</summary>
public sealed record FormPages(FormUsers Users, IReadOnlyList<ContentCard> Pages);

/// <summary>What the forms screens show around a definition: entry counts per state and the pages that pick it.</summary>
public sealed class FormOverview(FormsDbContext forms, FormUsage usage, ContentCards cards)
{
    public async Task<IReadOnlyDictionary<Guid, EntryCounts>> CountsAsync(Guid? form, CancellationToken cancellationToken)
    {
        var entries = forms.Entries.AsNoTracking();
        if (form is { } id)
        {
            entries = entries.Where(e => e.FormId == id);
        }

        var rows = await entries.GroupBy(e => new { e.FormId, e.State })
            .Select(g => new { g.Key.FormId, g.Key.State, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.FormId).ToDictionary(g => g.Key, g => new EntryCounts(
            g.Where(r => r.State == EntryState.Submitted).Sum(r => r.Count),
            g.Where(r => r.State == EntryState.Approved).Sum(r => r.Count),
            g.Where(r => r.State == EntryState.Rejected).Sum(r => r.Count)));
    }

    public async Task<EntryCounts> CountsOfAsync(Guid form, CancellationToken cancellationToken) =>
        (await CountsAsync(form, cancellationToken)).GetValueOrDefault(form) ?? EntryCounts.None;

    public async Task<FormPages> PagesAsync(Guid form, CancellationToken cancellationToken)
    {
        var users = await usage.UsersOfAsync(form, cancellationToken);
        var byKey = await cards.ByKeysAsync(users.Documents, cancellationToken);
        return new FormPages(users, users.Documents.Where(byKey.ContainsKey).Select(k => byKey[k]).ToList());
    }

    /// <summary>A page's title for the editor: Chinese, else English, else its key.</summary>
    public static string Title(ContentCard page) => page.ChineseName ?? page.EnglishName ?? page.Key.ToString("D");
}
