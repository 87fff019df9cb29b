using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ZhuwaGen.Tourism.Cms.Delivery;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Webhooks;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Webhooks;

public sealed class WebhookPayloadTests
{
    private static readonly string[] Publish = [WebhookEvents.ContentPublish];

    [Theory, BothProviders]
    public async Task Minimal_publish_is_the_id_and_the_publish_date_of_every_culture(DatabaseProvider provider)
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await WebhookHost.StartAsync(database, s =>
        {
            WebhookHost.AllowPrivateTargets(s);
            s["Umbraco:CMS:Webhook:PayloadType"] = "Minimal";
        });
        await host.AddWebhookAsync(new WebhookInput(receiver.Url, Publish, ["routeStop"]));

        var stop = (await host.PublishTreeAsync(stops: 1)).Stops[0];
        await host.FireAsync();

        Assert.Equal(
            $$"""{"id":"{{stop}}","cultures":[{"culture":"en","date":"2027-05-01T08:00:00Z"},{"culture":"zh-Hans","date":"2027-05-01T08:00:00Z"}]}""",
            Assert.Single(receiver.Requests).Text);
    }

    [Theory, BothProviders]
    public async Task Legacy_publish_is_the_Delivery_API_item_in_the_default_culture(DatabaseProvider provider)
    {
        var delivery = new RecordingDeliveryJson();
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await WebhookHost.StartAsync(database, WebhookHost.AllowPrivateTargets, services: s => s.AddSingleton<IDeliveryContentJson>(delivery));
        await host.AddWebhookAsync(new WebhookInput(receiver.Url, Publish, ["routeStop"]));

        var stop = (await host.PublishTreeAsync(stops: 1)).Stops[0];
        await host.FireAsync();

        Assert.Equal($$"""{"contentType":"routeStop","id":"{{stop}}","culture":"zh-Hans"}""", Assert.Single(receiver.Requests).Text);
        Assert.Contains((stop, "zh-Hans"), delivery.Calls);
    }

    [Theory, BothProviders]
    public async Task Without_a_webhook_a_publish_asks_for_no_payload(DatabaseProvider provider)
    {
        var delivery = new RecordingDeliveryJson();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await WebhookHost.StartAsync(database, services: s => s.AddSingleton<IDeliveryContentJson>(delivery));

        await host.PublishTreeAsync(stops: 2);
        Assert.Equal(0, await host.QueuedAsync());
        Assert.Empty(delivery.Calls);

        await host.AddWebhookAsync(new WebhookInput("https://partner.example/hooks", Publish, ["routeStop"]));
        var stops = (await host.PublishTreeAsync(stops: 2)).Stops;
        Assert.Equal(2, await host.QueuedAsync());
        Assert.All(stops, stop => Assert.Contains((stop, "zh-Hans"), delivery.Calls));
    }

    [Theory, BothProviders]
    public async Task Legacy_without_a_Delivery_renderer_falls_back_to_Minimal(DatabaseProvider provider)
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await WebhookHost.StartAsync(database, WebhookHost.AllowPrivateTargets);
        await host.AddWebhookAsync(new WebhookInput(receiver.Url, Publish, ["routeStop"]));

        var stop = (await host.PublishTreeAsync(stops: 1)).Stops[0];
        await host.FireAsync();

        var body = Assert.Single(receiver.Requests).Json;
        Assert.Equal(stop, body.GetProperty("id").GetGuid());
        Assert.Equal(2, body.GetProperty("cultures").GetArrayLength());
    }

    [Fact]
    public void The_signature_is_the_lowercase_hex_HMAC_SHA256_of_the_body_keyed_with_the_secret_text()
    {
        // Computed independently: python3 -c "import hmac,hashlib; print(hmac.new(b'a-secret', body, hashlib.sha256).hexdigest())"
        var body = Encoding.UTF8.GetBytes("""{"id":"5a2c1f0d-0c3b-4a57-8d6e-2b7f7b0c9a01"}""");

        Assert.Equal("sha256=9ea2721baae5d90120d9693e90ea5148fb217152b2f6a6e499bc91dab1f11106", WebhookSignature.Sign("a-secret", body));
        Assert.True(WebhookSignature.Verify("a-secret", body, "sha256=9ea2721baae5d90120d9693e90ea5148fb217152b2f6a6e499bc91dab1f11106"));
        Assert.False(WebhookSignature.Verify("a-secret", body, null));
    }

    [Fact]
    public void Secrets_are_32_random_bytes_in_base64url()
    {
        var secret = WebhookSignature.NewSecret();

        Assert.Matches("^[A-Za-z0-9_-]{43}$", secret);
        Assert.NotEqual(secret, WebhookSignature.NewSecret());
    }

    private sealed class RecordingDeliveryJson : IDeliveryContentJson
    {
        public List<(Guid, string)> Calls { get; } = [];

        public ReadOnlyMemory<byte>? DefaultItem(Guid key, string culture)
        {
            lock (Calls)
            {
                Calls.Add((key, culture));
            }

            return Encoding.UTF8.GetBytes($$"""{"contentType":"routeStop","id":"{{key}}","culture":"{{culture}}"}""");
        }
    }
}
