using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Editing;

/// <summary>
/// A new item of a tab's type, under the item whose type allows it (the route for stops, the events list for events):
/// the same form as editing, in the default language; saved as a draft, then edited and published as any other.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[Authorize(AuthenticationSchemes = BackOfficeSchemes.Cookie, Roles = BackofficeUser.ContentRoles)]
[AutoValidateAntiforgeryToken]
public sealed class NewController(EditScreen screen, DocumentService documents, CmsDbContext db) : Controller
{
    private const string Route = "/umbraco/{section:regex(^(stops|events|stories|stays)$)}/new";

    [HttpGet(Route)]
    public async Task<IActionResult> ShowAsync(string section, CancellationToken cancellationToken)
    {
        if (await TargetAsync(section, cancellationToken) is not { } target)
        {
            return NoParent(section);
        }

        return Screen(section, target.Type, DocumentData.Empty, []);
    }

    [HttpPost(Route)]
    public async Task<IActionResult> CreateAsync(string section, CancellationToken cancellationToken)
    {
        if (await TargetAsync(section, cancellationToken) is not { } target)
        {
            return NoParent(section);
        }

        var culture = screen.Schema.DefaultCulture;
        var (names, values) = screen.Read(target.Type, culture, Request.Form);
        var result = await documents.CreateAsync(
            new DocumentCreate(target.Type.Alias, target.ParentKey, names, values), CurrentUser.NameOf(User), cancellationToken);
        if (!result.Succeeded || result.Document is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Screen(section, target.Type, EditScreen.Overlay(DocumentData.Empty, names, values), result.Errors ?? [], ShellContext.Text(HttpContext)["FixErrors"]);
        }

        return Redirect(BackofficeRoutes.Edit(result.Document.Key, culture) + "&done=" + EditController.SaveAction);
    }

    // The first item (in tree order) whose type allows this tab's type as a child.
    private async Task<(ContentType Type, Guid ParentKey)?> TargetAsync(string section, CancellationToken cancellationToken)
    {
        var schema = screen.Schema;
        if (Section.Find(section)?.ContentTypeAlias is not { } alias || schema.FindContentType(alias) is not { } type)
        {
            return null;
        }

        var parentTypes = schema.ContentTypes.Where(t => t.AllowedChildren.Contains(alias, StringComparer.OrdinalIgnoreCase)).Select(t => t.Alias).ToList();
        var parent = await db.Documents.AsNoTracking()
            .Where(d => parentTypes.Contains(d.ContentTypeAlias) && !d.Trashed)
            .OrderBy(d => d.Level).ThenBy(d => d.SortOrder)
            .Select(d => (Guid?)d.Key)
            .FirstOrDefaultAsync(cancellationToken);
        return parent is { } key ? (type, key) : null;
    }

    private ViewResult Screen(string section, ContentType type, DocumentData data, IReadOnlyList<PropertyValidationError> errors, string? problem = null)
    {
        Response.Headers.CacheControl = "no-store";
        var page = screen.Build(new EditRequest(type, data, screen.Schema.DefaultCulture, ShellContext.Text(HttpContext), User, BackofficeRoutes.New(section), errors)
        {
            Problem = problem,
        });
        return View("~/Backoffice/Editing/Edit.cshtml", page);
    }

    private ViewResult NoParent(string section)
    {
        var text = ShellContext.Text(HttpContext);
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View("~/Backoffice/Shell/Message.cshtml", new MessagePage
        {
            Text = text,
            Title = text["New"],
            Message = text["NoParent"],
            CurrentTab = Section.Find(section),
            Tabs = Section.For(User),
        });
    }
}
