using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZhuwaGen.Tourism.Cms.Auditing;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Management.Users;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Admin.ApiUsers;

/// <summary>
/// API users (OAuth2 client credentials) for an administrator: list, create, delete. The client secret is shown once,
/// in the answer to the create POST itself (no-store), never in a redirect, a URL or a log: only its hash is kept, so a
/// lost secret means a new API user.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[Authorize(AuthenticationSchemes = BackOfficeSchemes.Cookie, Roles = UserRoles.Admin)]
[AutoValidateAntiforgeryToken]
public sealed class ApiUsersController(ApiUserService apiUsers, AuditLog audit) : Controller
{
    [HttpGet(AdminRoutes.ApiUsers)]
    public async Task<IActionResult> ListAsync(string? done, CancellationToken cancellationToken) =>
        await PageAsync(created: null, error: null, done == "deleted" ? "Done_apiuserdeleted" : null, cancellationToken);

    [HttpPost(AdminRoutes.ApiUsers)]
    public async Task<IActionResult> CreateAsync([FromForm] string? name, [FromForm] string? role, CancellationToken cancellationToken)
    {
        if (!UserRoles.IsRole(role) || role == UserRoles.GuesthouseOwner)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await PageAsync(null, "ApiUserInvalid", null, cancellationToken);
        }

        var (status, credentials) = await apiUsers.CreateAsync(name ?? string.Empty, role!, cancellationToken);
        if (status != UserOperationStatus.Success || credentials is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await PageAsync(null, "ApiUserInvalid", null, cancellationToken);
        }

        await audit.RecordAsync(CurrentUser.NameOf(User), AuditActions.ApiUserNew, $"{credentials.ClientId} {role}", cancellationToken);
        return await PageAsync(credentials, null, null, cancellationToken);
    }

    [HttpPost(AdminRoutes.ApiUsers + "/{key:guid}/delete")]
    public async Task<IActionResult> DeleteAsync(Guid key, [FromForm] string? confirm, CancellationToken cancellationToken)
    {
        if (confirm != "yes")
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await PageAsync(null, "ConfirmMissing", null, cancellationToken);
        }

        var clientId = (await apiUsers.ListAsync(cancellationToken)).FirstOrDefault(u => u.Id == key)?.ClientId;
        if (await apiUsers.DeleteAsync(key, cancellationToken) != UserOperationStatus.Success)
        {
            return NotFound();
        }

        await audit.RecordAsync(CurrentUser.NameOf(User), AuditActions.ApiUserDelete, clientId ?? key.ToString(), cancellationToken);
        return Redirect(AdminRoutes.ApiUsers + "?done=deleted");
    }

    private async Task<IActionResult> PageAsync(ApiUserCredentialsResponseModel? created, string? error, string? notice, CancellationToken cancellationToken)
    {
        var text = ShellContext.Text(HttpContext);
        var admin = new AdminText(text);

        // The page may carry a secret: no cache, no copy in the browser's back-forward history.
        Response.Headers.CacheControl = "no-store";
        return View("~/Backoffice/Admin/ApiUsers/ApiUsers.cshtml", new ApiUsersPage
        {
            Text = text,
            Title = admin["ApiUsersTitle"],
            Tabs = Section.For(User),
            ApiUsers = await apiUsers.ListAsync(cancellationToken),
            Created = created,
            Error = error is null ? null : admin[error],
            Notice = notice is null ? null : admin[notice],
        });
    }
}

public sealed class ApiUsersPage : AdminPage
{
    public required IReadOnlyList<ApiUserSummary> ApiUsers { get; init; }

    /// <summary>Just created: the only time its secret is on a page.</summary>
    public ApiUserCredentialsResponseModel? Created { get; init; }
}
