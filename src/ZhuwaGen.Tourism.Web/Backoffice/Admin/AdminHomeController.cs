using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Admin;

/// <summary>The administration menu: users, API users, webhooks and the guesthouse owners' bindings.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
[Authorize(AuthenticationSchemes = BackOfficeSchemes.Cookie, Roles = UserRoles.Admin)]
public sealed class AdminHomeController : Controller
{
    [HttpGet(AdminRoutes.Home)]
    public IActionResult Show()
    {
        var text = ShellContext.Text(HttpContext);
        Response.Headers.CacheControl = "no-store";
        return View("~/Backoffice/Admin/AdminHome.cshtml", new AdminHomePage
        {
            Text = text,
            Title = new AdminText(text)["AdminTitle"],
            Tabs = Section.For(User),
        });
    }
}

public sealed class AdminHomePage : AdminPage;
