using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Schema;
using ZhuwaGen.Tourism.Web.Backoffice.Lists;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Tree;

/// <summary>
/// "Move" from the edit screen: the places the item may go (items whose type allows it as a child), searchable by
/// title, as cards; a tap moves it there (one POST with antiforgery) and returns to the item. Its URL follows the new
/// parent, and the old one redirects. Editors and admins.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[Authorize(AuthenticationSchemes = BackOfficeSchemes.Cookie, Policy = AuthorizationPolicies.ContentPublish)]
[AutoValidateAntiforgeryToken]
public sealed class MoveController(DocumentQueries queries, DocumentTreeService tree, ContentCards cards, SchemaRegistry schemas) : Controller
{
    public const string MoveDone = "move";
    private const int Shown = 30;

    public static string PathOf(Guid key) => $"/umbraco/content/{key}/move";

    [HttpGet("/umbraco/content/{key:guid}/move")]
    public async Task<IActionResult> ShowAsync(Guid key, [FromQuery(Name = "q")] string? search, CancellationToken cancellationToken)
    {
        if (await queries.GetAsync(key, cancellationToken) is not { Trashed: false } document)
        {
            return NotFound();
        }

        var parents = schemas.Current.ContentTypes
            .Where(t => t.AllowedChildren.Contains(document.ContentTypeAlias, StringComparer.OrdinalIgnoreCase))
            .Select(t => t.Alias).ToList();
        var candidates = parents.Count == 0 ? [] : await cards.SearchAsync(parents, search, Shown, cancellationToken);
        var text = ShellContext.Text(HttpContext);
        Response.Headers.CacheControl = "no-store";
        return View("~/Backoffice/Tree/Move.cshtml", new MovePage
        {
            Text = text,
            Title = text["MoveTitle"],
            Tabs = Section.For(User),
            CurrentTab = Section.ForType(document.ContentTypeAlias),
            Key = key,
            ItemName = document.Draft.Names.Values.FirstOrDefault(n => n.Length > 0) ?? text["Untitled"],
            CurrentParent = document.ParentKey,
            Search = search,
            Candidates = candidates.Where(c => c.Key != key).ToList(),
        });
    }

    [HttpPost("/umbraco/content/{key:guid}/move")]
    public async Task<IActionResult> MoveAsync(Guid key, [FromForm] Guid parent, CancellationToken cancellationToken)
    {
        var status = await tree.MoveAsync(key, parent, CurrentUser.NameOf(User), cancellationToken);
        if (status == ContentEditingOperationStatus.Success)
        {
            return Redirect(BackofficeRoutes.Edit(key) + "?done=" + MoveDone);
        }

        if (status == ContentEditingOperationStatus.NotFound)
        {
            return NotFound();
        }

        var text = ShellContext.Text(HttpContext);
        Response.StatusCode = status == ContentEditingOperationStatus.ConcurrencyConflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        Response.Headers.CacheControl = "no-store";
        return View("~/Backoffice/Shell/Message.cshtml", new MessagePage
        {
            Text = text,
            Title = text["MoveTitle"],
            Tabs = Section.For(User),
            Message = TreeProblems.Say(text, status),
        });
    }
}

public sealed class MovePage : ShellPage
{
    public required Guid Key { get; init; }

    public required string ItemName { get; init; }

    public Guid? CurrentParent { get; init; }

    public string? Search { get; init; }

    public required IReadOnlyList<ContentCard> Candidates { get; init; }
}
