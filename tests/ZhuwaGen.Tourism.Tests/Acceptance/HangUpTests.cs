using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZhuwaGen.Tourism.Cms.Changes;
using ZhuwaGen.Tourism.Cms.Management;
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
        var hangUp = new HangUpOnArrival();
        var (site, database) = await SiteFactory.CreateAsync(
            provider,
            new Dictionary<string, string?> { ["Umbraco:CMS:Webhook:Period"] = "01:00:00" },
            services: s => s.AddSingleton<IStartupFilter>(hangUp));
        await using var _ = database;
        await using var __ = site.Start();
        using var reader = site.CreateClient();
        using var admin = await ManagementClients.CookieClientAsync(site, UserRoles.Admin);
        var (clientId, clientSecret) = await ManagementSteps.CreateApiUserAsync(admin, "Phone", UserRoles.Editor);
        using var anonymous = ManagementClients.NewClient(site);
        using var editor = ManagementClients.BearerClient(site, await ManagementSteps.TokenAsync(anonymous, clientId, clientSecret));
        var (webhook, _) = await ManagementSteps.CreateWebhookAsync(admin, "https://hooks.example.com/zhuwagen", WebhookEvents.ContentPublish, "routeStop");
        const string summary = "Published from a phone that lost its signal.";
        await ManagementSteps.SaveDraftAsync(editor, RedStation, new { alias = "summary", culture = "en", value = summary });

        // The phone sends Publish; once the server holds the whole request, the phone is gone.
        using var phone = new CancellationTokenSource();
        var publish = editor.PutAsJsonAsync(
            $"{ManagementApiRoutes.Base}/document/{RedStation}/publish", new { publishSchedules = new[] { new { culture = "en" } } }, phone.Token);
        await hangUp.Arrived.WaitAsync(TimeSpan.FromSeconds(60));
        await phone.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => publish);

        var shown = await EventuallyAsync(async () => Property(await ItemByRouteAsync(reader, "/sangjiu-baga/sangjiu-red-station/", English), "summary") == summary);
        Assert.True(hangUp.SawTheHangUp, "the server never saw the client leave");
        Assert.True(shown, "the published summary never reached the Delivery API");
        await site.Services.GetRequiredService<ChangePipeline>().WaitForIdleAsync(default);
        await using var scope = site.Services.CreateAsyncScope();
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

    /// <summary>
    /// Ahead of the site's pipeline: reads a publish request's whole body (the bytes have arrived), tells the test, and
    /// goes on only once the request is marked aborted — a phone that lost its signal after sending.
    /// </summary>
    private sealed class HangUpOnArrival : IStartupFilter
    {
        private readonly TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Arrived => _arrived.Task;

        public bool SawTheHangUp { get; private set; }

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, following) =>
            {
                if (HttpMethods.IsPut(context.Request.Method) && context.Request.Path.Value!.EndsWith("/publish", StringComparison.Ordinal))
                {
                    context.Request.EnableBuffering();
                    await context.Request.Body.CopyToAsync(Stream.Null);
                    context.Request.Body.Position = 0;
                    _arrived.TrySetResult();
                    var deadline = DateTime.UtcNow.AddSeconds(30);
                    while (!context.RequestAborted.IsCancellationRequested && DateTime.UtcNow < deadline)
                    {
                        await Task.Delay(10, CancellationToken.None);
                    }

                    SawTheHangUp = context.RequestAborted.IsCancellationRequested;
                }

                await following(context);
            });
            next(app);
        };
    }
}
