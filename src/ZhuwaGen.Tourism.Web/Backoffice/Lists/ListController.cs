using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Lists;

/// <summary>A tab's list: cards of its items, searchable by title in any language, filterable to the scheduled ones, with a "new" button.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
[Authorize(AuthenticationSchemes = BackOfficeSchemes.Cookie, Roles = BackofficeUser.ContentRoles)]
public sealed class ListController(ContentCards cards) : Controller
{
    [KeepOffline]
    [HttpGet("/umbraco/{section:regex(^(stops|events|stories|stays)$)}")]
    public async Task<IActionResult> ShowAsync(string section, [FromQuery(Name = "q")] string? search, bool scheduled, CancellationToken cancellationToken)
    {
        var tab = Section.Find(section)!;
        var text = ShellContext.Text(HttpContext);
        Response.Headers.CacheControl = "no-store";
        return View("~/Backoffice/Lists/List.cshtml", new ListPage
        {
            Text = text,
            Title = text[tab.TextKey],
            CurrentTab = tab,
            Tabs = Section.For(User),
            Search = search,
            ScheduledOnly = scheduled,
            Cards = (await cards.OfTypeAsync(tab.ContentTypeAlias!, search, cancellationToken)).Where(c => !scheduled || c.NextSchedule is not null).ToList(),
        });
    }
}

public sealed class ListPage : ShellPage
{
    public string? Search { get; init; }

    /// <summary>Only items with a scheduled publish or unpublish.</summary>
    public bool ScheduledOnly { get; init; }

    public required IReadOnlyList<ContentCard> Cards { get; init; }
}
