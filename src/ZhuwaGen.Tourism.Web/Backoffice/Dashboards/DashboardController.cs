using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZhuwaGen.Tourism.Cms.Auditing;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Web.Backoffice.Lists;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Dashboards;

/// <summary>
/// The editors' dashboards, linked from the home screen: missing translations (one tap to the field), and the audit
/// trail overall and per item. Scheduled items are the lists' "Scheduled" filter; recently changed is on the home
/// screen itself.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[Authorize(AuthenticationSchemes = BackOfficeSchemes.Cookie, Roles = BackofficeUser.ContentRoles)]
public sealed class DashboardController(MissingTranslations missing, AuditLog audit, ContentCards cards, DocumentQueries queries) : Controller
{
    public const string TranslationsPath = "/umbraco/translations";
    public const string AuditPath = "/umbraco/audit";
    private const int PageSize = 50;

    [HttpGet(TranslationsPath)]
    public async Task<IActionResult> TranslationsAsync(CancellationToken cancellationToken)
    {
        var text = ShellContext.Text(HttpContext);
        Response.Headers.CacheControl = "no-store";
        return View("~/Backoffice/Dashboards/Translations.cshtml", new TranslationsPage
        {
            Text = text,
            Title = text["MissingTranslations"],
            Tabs = Section.For(User),
            Items = await missing.FindAsync(text, cancellationToken),
        });
    }

    [HttpGet(AuditPath)]
    public async Task<IActionResult> AuditAsync([FromQuery] int page, CancellationToken cancellationToken)
    {
        page = Math.Clamp(page, 0, 10_000);
        var entries = await audit.RecentAsync(page * PageSize, PageSize + 1, cancellationToken);
        return await AuditPageAsync(entries.Take(PageSize).ToList(), null, page, entries.Count > PageSize, cancellationToken);
    }

    [HttpGet("/umbraco/content/{key:guid}/audit")]
    public async Task<IActionResult> ItemAuditAsync(Guid key, CancellationToken cancellationToken)
    {
        if (await queries.GetAsync(key, cancellationToken) is not { } document)
        {
            return NotFound();
        }

        var entries = (await audit.ForDocumentAsync(key, cancellationToken)).Reverse().ToList();
        return await AuditPageAsync(entries, document, 0, false, cancellationToken);
    }

    private async Task<IActionResult> AuditPageAsync(
        IReadOnlyList<AuditEntry> entries, DocumentView? item, int page, bool more, CancellationToken cancellationToken)
    {
        var text = ShellContext.Text(HttpContext);
        var names = await cards.ByKeysAsync(entries.Where(e => e.DocumentKey is not null).Select(e => e.DocumentKey!.Value).Distinct().ToList(), cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return View("~/Backoffice/Dashboards/Audit.cshtml", new AuditPage
        {
            Text = text,
            Title = item is null ? text["AuditTrail"] : text.Format("AuditOf", item.Draft.Names.Values.FirstOrDefault(n => n.Length > 0) ?? text["Untitled"]),
            Tabs = Section.For(User),
            Item = item?.Key,
            Entries = entries.Select(e => new AuditLine(
                ShanghaiTime.FromUtc(e.Timestamp), e.UserName, text.Named("Audit", e.Action, e.Action), e.Cultures, e.DocumentKey,
                e.DocumentKey is { } k && names.TryGetValue(k, out var card) ? card.ChineseName ?? card.EnglishName : null)).ToList(),
            Page = page,
            HasMore = more,
        });
    }
}

public sealed class TranslationsPage : ShellPage
{
    public required IReadOnlyList<MissingItem> Items { get; init; }
}

/// <summary>One audit entry as a card line: when (Asia/Shanghai), who, what, which languages, and the item.</summary>
public sealed record AuditLine(DateTime When, string Who, string What, string? Cultures, Guid? Item, string? ItemTitle);

public sealed class AuditPage : ShellPage
{
    /// <summary>The item whose trail this is; null for the whole site's.</summary>
    public Guid? Item { get; init; }

    public required IReadOnlyList<AuditLine> Entries { get; init; }

    public int Page { get; init; }

    public bool HasMore { get; init; }
}
