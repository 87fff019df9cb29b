using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZhuwaGen.Tourism.Cms.Auditing;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.Schema;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Cms.Webhooks;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Admin.Webhooks;

/// <summary>
/// Webhooks for an administrator: the list, a form to create or edit one (checked by the same validator as the
/// Management API, its refusal shown under the field, nothing saved), delete, and each webhook's delivery log, newest
/// first, where a delivery can be sent again (queued in the outbox as a new first attempt).
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[Authorize(AuthenticationSchemes = BackOfficeSchemes.Cookie, Roles = UserRoles.Admin)]
[AutoValidateAntiforgeryToken]
public sealed class WebhooksController(
    WebhookService webhooks, WebhookLogQueries logs, WebhookOutbox outbox, SchemaRegistry schemas, AuditLog audit, TimeProvider clock) : Controller
{
    private const int LogEntries = 50;

    [HttpGet(AdminRoutes.Webhooks)]
    public async Task<IActionResult> ListAsync(string? done, CancellationToken cancellationToken)
    {
        var text = ShellContext.Text(HttpContext);
        Response.Headers.CacheControl = "no-store";
        return View("~/Backoffice/Admin/Webhooks/Webhooks.cshtml", new WebhooksPage
        {
            Text = text,
            Title = new AdminText(text)["WebhooksTitle"],
            Tabs = Section.For(User),
            Webhooks = await webhooks.ListAsync(cancellationToken),
            Notice = done == "deleted" ? new AdminText(text)["Done_webhookdeleted"] : null,
        });
    }

    [HttpGet(AdminRoutes.Webhooks + "/new")]
    public IActionResult New() => Page(null, new WebhookForm { Enabled = true, Events = [WebhookEvents.ContentPublish] }, [], null);

    [HttpPost(AdminRoutes.Webhooks + "/new")]
    public async Task<IActionResult> CreateAsync([FromForm] WebhookForm form, CancellationToken cancellationToken)
    {
        if (form.ToInput() is not { } input)
        {
            return Refused(null, form, [], WebhookOperationStatus.InvalidHeader, null);
        }

        var result = await webhooks.CreateAsync(input, cancellationToken);
        if (!result.Succeeded || result.Webhook is null)
        {
            return Refused(null, form, [], result.Status, result.Detail);
        }

        await audit.RecordAsync(CurrentUser.NameOf(User), AuditActions.WebhookNew, $"{result.Webhook.Id} {result.Webhook.Url}", cancellationToken);

        // Answered here, not redirected: the signing secret is on this page once and never in a URL.
        Response.Headers.CacheControl = "no-store";
        return Page(result.Webhook, WebhookForm.From(result.Webhook), [], null, secret: result.Secret,
            notice: new AdminText(ShellContext.Text(HttpContext))["Done_webhookcreated"]);
    }

    [HttpGet(AdminRoutes.Webhooks + "/{key:guid}")]
    public async Task<IActionResult> ShowAsync(Guid key, string? done, CancellationToken cancellationToken)
    {
        if (await webhooks.GetAsync(key, cancellationToken) is not { } webhook)
        {
            return NotFound();
        }

        var text = ShellContext.Text(HttpContext);
        var notice = done is "saved" or "replayed"
            ? new AdminText(text).Format("Done_webhook" + done, text.Time(ShanghaiTime.FromUtc(clock.GetUtcNow().UtcDateTime)))
            : null;
        return Page(webhook, WebhookForm.From(webhook), await LogAsync(key, cancellationToken), null, notice: notice);
    }

    [HttpPost(AdminRoutes.Webhooks + "/{key:guid}")]
    public async Task<IActionResult> SaveAsync(Guid key, [FromForm] WebhookForm form, CancellationToken cancellationToken)
    {
        if (await webhooks.GetAsync(key, cancellationToken) is not { } webhook)
        {
            return NotFound();
        }

        if (form.ToInput() is not { } input)
        {
            return Refused(webhook, form, await LogAsync(key, cancellationToken), WebhookOperationStatus.InvalidHeader, null);
        }

        var result = await webhooks.UpdateAsync(key, input, cancellationToken);
        if (!result.Succeeded)
        {
            return Refused(webhook, form, await LogAsync(key, cancellationToken), result.Status, result.Detail);
        }

        await audit.RecordAsync(CurrentUser.NameOf(User), AuditActions.WebhookSave, $"{key} {result.Webhook?.Url}", cancellationToken);
        return Redirect(AdminRoutes.Webhook(key) + "?done=saved");
    }

    [HttpPost(AdminRoutes.Webhooks + "/{key:guid}/delete")]
    public async Task<IActionResult> DeleteAsync(Guid key, [FromForm] string? confirm, CancellationToken cancellationToken)
    {
        if (confirm != "yes")
        {
            return Redirect(AdminRoutes.Webhook(key));
        }

        if (await webhooks.DeleteAsync(key, cancellationToken) != WebhookOperationStatus.Success)
        {
            return NotFound();
        }

        await audit.RecordAsync(CurrentUser.NameOf(User), AuditActions.WebhookDelete, key.ToString(), cancellationToken);
        return Redirect(AdminRoutes.Webhooks + "?done=deleted");
    }

    [HttpPost(AdminRoutes.Webhooks + "/{key:guid}/log/{logKey:guid}/replay")]
    public async Task<IActionResult> ReplayAsync(Guid key, Guid logKey, CancellationToken cancellationToken)
    {
        var log = await logs.ListAsync(key, 0, WebhookLogQueries.MaxTake, cancellationToken);
        if (log is null || log.Items.All(l => l.Id != logKey) || await outbox.ReplayAsync(logKey, cancellationToken) != WebhookOperationStatus.Success)
        {
            return NotFound();
        }

        await audit.RecordAsync(CurrentUser.NameOf(User), AuditActions.WebhookReplay, $"{key} {logKey}", cancellationToken);
        return Redirect(AdminRoutes.Webhook(key) + "?done=replayed");
    }

    private async Task<IReadOnlyList<WebhookLogView>> LogAsync(Guid key, CancellationToken cancellationToken) =>
        (await logs.ListAsync(key, 0, LogEntries, cancellationToken))?.Items ?? [];

    private ViewResult Refused(WebhookView? webhook, WebhookForm form, IReadOnlyList<WebhookLogView> log, WebhookOperationStatus status, string? detail)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page(webhook, form, log, new WebhookError(status, detail));
    }

    private ViewResult Page(
        WebhookView? webhook, WebhookForm form, IReadOnlyList<WebhookLogView> log, WebhookError? error, string? secret = null, string? notice = null)
    {
        var text = ShellContext.Text(HttpContext);
        Response.Headers.CacheControl = "no-store";
        var schema = schemas.Current;
        return View("~/Backoffice/Admin/Webhooks/Webhook.cshtml", new WebhookPage
        {
            Text = text,
            Title = webhook is null ? new AdminText(text)["NewWebhook"] : webhook.Name ?? webhook.Url,
            Tabs = Section.For(User),
            Webhook = webhook,
            Form = form,
            Log = log,
            Failure = error,
            Secret = secret,
            Notice = notice,
            Types =
            [
                .. schema.ContentTypes.Where(t => !t.IsElement).Select(t => (t.Alias, text.Named("Type", t.Alias, t.Name))),
                (MediaTypes.Image, MediaTypes.Image), ("File", "File"), (MediaTypes.Folder, MediaTypes.Folder),
            ],
        });
    }
}

/// <summary>Why a save was refused: the validator's status (which field) and its detail.</summary>
public sealed record WebhookError(WebhookOperationStatus Status, string? Detail)
{
    /// <summary>The form field the refusal belongs under.</summary>
    public string Field => Status switch
    {
        WebhookOperationStatus.InvalidUrl => "url",
        WebhookOperationStatus.NoEvents or WebhookOperationStatus.UnknownEvent => "events",
        WebhookOperationStatus.InvalidContentTypeAlias or WebhookOperationStatus.InvalidContentTypeKey => "types",
        WebhookOperationStatus.InvalidHeader => "headers",
        WebhookOperationStatus.InvalidName => "name",
        WebhookOperationStatus.InvalidDescription => "description",
        _ => "form",
    };
}

public sealed class WebhooksPage : AdminPage
{
    public required IReadOnlyList<WebhookView> Webhooks { get; init; }
}

public sealed class WebhookPage : AdminPage
{
    /// <summary>The saved webhook; null on the new-webhook form.</summary>
    public WebhookView? Webhook { get; init; }

    public required WebhookForm Form { get; init; }

    public required IReadOnlyList<WebhookLogView> Log { get; init; }

    public WebhookError? Failure { get; init; }

    /// <summary>The signing secret, on the page that answers the create and never again.</summary>
    public string? Secret { get; init; }

    public required IReadOnlyList<(string Alias, string Name)> Types { get; init; }
}
