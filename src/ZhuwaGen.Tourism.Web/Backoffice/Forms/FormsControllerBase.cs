using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Forms;

/// <summary>
/// What every forms screen shares. Anyone signed in reaches the action (an anonymous visitor goes to sign-in); then
/// the roles of the Management API's forms apply: admins, editors and writers read, admins and editors change. A
/// signed-in person outside those roles (a guesthouse owner) gets a 403 page saying so in their language — being sent
/// to the sign-in page they are already past would only loop. A writer's post is refused with 403 as well.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[Authorize(AuthenticationSchemes = BackOfficeSchemes.Cookie)]
[AutoValidateAntiforgeryToken]
public abstract class FormsControllerBase : Controller
{
    protected BackofficeText Text => ShellContext.Text(HttpContext);

    protected FormsText Strings => new(Text);

    /// <summary>Admins and editors change forms and decide entries; writers read.</summary>
    protected bool CanEdit => BackofficeUser.CanPublish(User);

    public override async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        Response.Headers.CacheControl = "no-store";
        if (!BackofficeUser.CanEditContent(User))
        {
            context.Result = Refused("NotForYourRole");
            return;
        }

        await next();
    }

    /// <summary>A change asked for by someone who may only read (a writer): 403, nothing changed.</summary>
    protected IActionResult ReadOnly() => Refused("ReadOnlyRole");

    private ViewResult Refused(string messageKey)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View("~/Backoffice/Shell/Message.cshtml", new MessagePage
        {
            Text = Text,
            Title = Strings["FormsTitle"],
            Tabs = Section.For(User),
            Message = Strings[messageKey],
        });
    }
}
