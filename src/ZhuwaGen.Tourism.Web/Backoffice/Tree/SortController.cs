using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Tree;

/// <summary>
/// "Move up" and "move down" on the edit screen: the item swaps places with its neighbour among its siblings (the
/// route's stops in order), through <see cref="DocumentTreeService.SortAsync"/>, and the editor stays on the item.
/// Editors and admins, as the Management API's sort.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[Authorize(AuthenticationSchemes = BackOfficeSchemes.Cookie, Roles = BackofficeUser.ContentRoles)]
[AutoValidateAntiforgeryToken]
public sealed class SortController(DocumentQueries queries, DocumentTreeService tree) : Controller
{
    public const string Up = "up";
    public const string Down = "down";
    public const string SortDone = "sort";

    [HttpPost("/umbraco/content/{key:guid}/sort")]
    public async Task<IActionResult> SortAsync(Guid key, string? culture, [FromForm] string? direction, CancellationToken cancellationToken)
    {
        if (!BackofficeUser.CanPublish(User))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (await queries.GetAsync(key, cancellationToken) is not { Trashed: false } document
            || await queries.GetTreeLevelAsync(document.ParentKey, 0, 1000, cancellationToken) is not { } level)
        {
            return NotFound();
        }

        var order = level.Items.OrderBy(i => i.SortOrder).Select(i => i.Key).ToList();
        var index = order.IndexOf(key);
        var other = direction switch { Up => index - 1, Down => index + 1, _ => -1 };
        if (index < 0 || other < 0 || other >= order.Count)
        {
            // Already first or last (or no direction): nothing to move, the item is shown as it is.
            return Redirect(BackofficeRoutes.Edit(key, culture));
        }

        (order[index], order[other]) = (order[other], order[index]);
        var status = await tree.SortAsync(document.ParentKey, order, CurrentUser.NameOf(User), cancellationToken);
        if (status != ContentEditingOperationStatus.Success)
        {
            return StatusCode(status == ContentEditingOperationStatus.ConcurrencyConflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest);
        }

        return Redirect(culture is null ? BackofficeRoutes.Edit(key) + "?done=" + SortDone : BackofficeRoutes.Edit(key, culture) + "&done=" + SortDone);
    }
}
