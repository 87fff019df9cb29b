using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZhuwaGen.Tourism.Cms.Changes;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Cms.Webhooks;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Management;
using static ZhuwaGen.Tourism.Tests.Acceptance.DeliverySteps;

namespace ZhuwaGen.Tourism.Tests.Acceptance;

/// <summary>
/// The core issue's "Done when": an editor whose phone loses its signal right after sending Publish through the
/// Management API still gets the change on the Delivery API, and the webhook for it is queued exactly once.
/// </summary>
public sealed class HangUpTests
{
    private static readonly Guid RedStation = Guid.Parse("7aad4c02-e0b5-4750-b26b-17eb823a1ed7");

    [Theory, BothProviders]
    public async Task A_publish_whose_client_hangs_up_after_sending_still_shows_and_queues_its_webhook_once(DatabaseProvider provider)
    {
        await using var site = await AcceptanceSite.StartAsync(provider);
        using var reader = site.Anonymous();
        using var admin = await ManagementClients.CookieClientAsync(site.Site, UserRoles.Admin);
        var (clientId, clientSecret) = await ManagementSteps.CreateApiUserAsync(admin, "Phone", UserRoles.Editor);
        using var anonymous = ManagementClients.NewClient(site.Site);
        using var editor = ManagementClients.BearerClient(site.Site, await ManagementSteps.TokenAsync(anonymous, clientId, clientSecret));
        var (webhook, _) = await ManagementSteps.CreateWebhookAsync(admin, "https://hooks.example.com/zhuwagen", WebhookEvents.ContentPublish, "routeStop");
        const string summary = "Published from a phone that lost its signal.";
        await ManagementSteps.SaveDraftAsync(editor, RedStation, new { alias = "summary", culture = "en", value = summary });

        using var hangUp = new CancellationTokenSource();
        using var publish = new HttpRequestMessage(HttpMethod.Put, $"{ZhuwaGen.Tourism.Cms.Management.ManagementApiRoutes.Base}/document/{RedStation}/publish")
        {
            Content = new HangUpAfterSending(JsonContent.Create(new { publishSchedules = new[] { new { culture = "en" } } }), hangUp),
        };
        HttpStatusCode? answered = null;
        try
        {
            answered = (await editor.SendAsync(publish, hangUp.Token)).StatusCode;
        }
        catch (OperationCanceledException)
        {
            // The client is gone; the server carries on.
        }

        Assert.True(hangUp.IsCancellationRequested);
        Assert.True(answered is null or HttpStatusCode.OK, $"the publish answered {answered}");
        var shown = await EventuallyAsync(async () => Property(await ItemByRouteAsync(reader, "/sangjiu-baga/sangjiu-red-station/", English), "summary") == summary);
        Assert.True(shown, "the published summary never reached the Delivery API");
        await site.Site.Services.GetRequiredService<ChangePipeline>().WaitForIdleAsync(default);
        await using var scope = site.Site.Services.CreateAsyncScope();
        var queued = await scope.ServiceProvider.GetRequiredService<CmsDbContext>().WebhookRequests.CountAsync(r => r.WebhookKey == webhook);
        Assert.Equal(1, queued);
    }

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }

    /// <summary>Sends the whole body, then hangs up, as a phone whose signal drops just after it sent the request.</summary>
    private sealed class HangUpAfterSending(HttpContent body, CancellationTokenSource hangUp) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            await body.CopyToAsync(stream);
            await stream.FlushAsync();
            await hangUp.CancelAsync();
        }

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }

        protected override void Dispose(bool disposing)
        {
            body.Dispose();
            base.Dispose(disposing);
        }
    }
}
