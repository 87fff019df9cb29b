using System.Net;
using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Cms.Webhooks;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Backoffice.Admin;

/// <summary>
/// Webhooks at /umbraco/admin/webhooks: the validator's refusal under its field with nothing saved; create, edit and
/// delete; the delivery log newest first in Asia/Shanghai; replay queues the delivery again in the outbox.
/// </summary>
public sealed class WebhookScreenTests
{
    // The firing job is off, so what the outbox holds stays there for the test to see.
    private static readonly Dictionary<string, string?> NoFiring = new() { ["Umbraco:CMS:Webhook:Enabled"] = "false" };

    [Theory, BothProviders]
    public async Task An_invalid_url_is_shown_under_its_field_with_what_was_typed_and_nothing_is_saved(DatabaseProvider provider)
    {
        await using var test = await AdminSite.StartAsync(provider, settings: NoFiring);
        using var admin = await test.AsAsync(UserRoles.Admin);

        using var refused = await BackofficeForm.Read(await admin.GetStringAsync("/umbraco/admin/webhooks/new"), "webhook")
            .Set("name", "Timetable board").Set("url", "ftp://hooks.example.com/in").PostAsync(admin, intent: null);
        using var privateTarget = await BackofficeForm.Read(await admin.GetStringAsync("/umbraco/admin/webhooks/new"), "webhook")
            .Set("url", "http://127.0.0.1:8080/in").PostAsync(admin, intent: null);
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("<p class=\"field-error\" id=\"url-error\">The address must be a full http:// or https:// URL", html);
        Assert.Contains("aria-describedby=\"url-help url-error\"", html);
        Assert.Contains("value=\"ftp://hooks.example.com/in\"", html);
        Assert.Contains("value=\"Timetable board\"", html);
        Assert.Equal(HttpStatusCode.BadRequest, privateTarget.StatusCode);
        Assert.Contains("id=\"url-error\"", await privateTarget.Content.ReadAsStringAsync());
        Assert.Equal(0, await test.Site.WithDbAsync(db => db.Webhooks.CountAsync()));
    }

    [Theory, BothProviders]
    public async Task A_webhook_is_created_with_its_secret_once_edited_and_a_logged_delivery_replayed_into_the_outbox(DatabaseProvider provider)
    {
        await using var test = await AdminSite.StartAsync(provider, settings: NoFiring);
        using var admin = await test.AsAsync(UserRoles.Admin);

        using var created = await BackofficeForm.Read(await admin.GetStringAsync("/umbraco/admin/webhooks/new"), "webhook")
            .Set("name", "Timetable board").Set("url", "https://hooks.example.com/in").Set("types", "routeStop")
            .Set("headers", "Authorization: Bearer abc").PostAsync(admin, intent: null);
        var createdPage = await created.Content.ReadAsStringAsync();
        var webhook = await test.Site.WithDbAsync(db => db.Webhooks.AsNoTracking().SingleAsync());

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Contains($"id=\"webhook-secret\">{webhook.Secret}<", createdPage);
        Assert.Contains(WebhookEvents.ContentPublish, webhook.Events);
        Assert.Contains("Authorization", webhook.Headers);
        var edit = await admin.GetStringAsync($"/umbraco/admin/webhooks/{webhook.Key:D}");
        Assert.DoesNotContain(webhook.Secret, edit);
        Assert.Contains("value=\"routeStop\" checked=\"checked\"", edit);

        using var saved = await BackofficeForm.Read(edit, "webhook").Set("events", WebhookEvents.ContentUnpublish).Without("enabled").PostAsync(admin, intent: null);
        Assert.Equal($"/umbraco/admin/webhooks/{webhook.Key:D}?done=saved", saved.Headers.Location!.OriginalString);
        var updated = await test.Site.WithDbAsync(db => db.Webhooks.AsNoTracking().SingleAsync());
        Assert.Equal(WebhookEvents.ContentUnpublish, updated.Events);
        Assert.False(updated.Enabled);

        var older = await AddLogAsync(test, webhook.Key, new DateTime(2026, 11, 30, 1, 0, 0, DateTimeKind.Utc), 500, "{\"old\":true}");
        var newer = await AddLogAsync(test, webhook.Key, new DateTime(2026, 11, 30, 2, 30, 0, DateTimeKind.Utc), 200, "{\"new\":true}");
        var log = await admin.GetStringAsync($"/umbraco/admin/webhooks/{webhook.Key:D}");
        Assert.True(log.IndexOf("10:30", StringComparison.Ordinal) < log.IndexOf("09:00", StringComparison.Ordinal), "newest first, in Asia/Shanghai");
        Assert.Contains("Status 500", log);
        Assert.Contains("Attempt 1", log);

        using var replayed = await admin.PostAsync($"/umbraco/admin/webhooks/{webhook.Key:D}/log/{older:D}/replay", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", BackofficeForm.Read(log, "webhook")["__RequestVerificationToken"]!)]));
        var queued = await test.Site.WithDbAsync(db => db.WebhookRequests.AsNoTracking().ToListAsync());

        Assert.Equal($"/umbraco/admin/webhooks/{webhook.Key:D}?done=replayed", replayed.Headers.Location!.OriginalString);
        var request = Assert.Single(queued);
        Assert.Equal((webhook.Key, "{\"old\":true}", 0), (request.WebhookKey, request.Payload, request.RetryCount));
        Assert.NotEqual(Guid.Empty, newer);

        using var deleted = await admin.PostAsync($"/umbraco/admin/webhooks/{webhook.Key:D}/delete", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", BackofficeForm.Read(log, "webhook")["__RequestVerificationToken"]!), new("confirm", "yes")]));
        Assert.Equal("/umbraco/admin/webhooks?done=deleted", deleted.Headers.Location!.OriginalString);
        Assert.Equal(0, await test.Site.WithDbAsync(db => db.Webhooks.CountAsync()));
    }

    private static async Task<Guid> AddLogAsync(AdminSite test, Guid webhook, DateTime date, int status, string body)
    {
        var key = Guid.NewGuid();
        await test.Site.WithDbAsync(async db =>
        {
            db.WebhookLogs.Add(new WebhookLogEntity
            {
                Key = key,
                WebhookKey = webhook,
                EventAlias = WebhookEvents.ContentPublish,
                Url = "https://hooks.example.com/in",
                Date = date,
                RetryCount = 0,
                StatusCode = status,
                IsSuccess = status < 300,
                RequestBody = body,
            });
            return await db.SaveChangesAsync();
        });
        return key;
    }
}
