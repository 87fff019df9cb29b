using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;
using ZhuwaGen.Tourism.Cms.Webhooks;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Webhooks;

/// <summary>Issue 7, finding 4: webhooks never reach the site's own network, whatever the url looks like.</summary>
public sealed class WebhookTargetTests
{
    [Theory]
    [InlineData("127.0.0.1", WebhookAddressRange.Loopback)]
    [InlineData("127.255.0.9", WebhookAddressRange.Loopback)]
    [InlineData("::1", WebhookAddressRange.Loopback)]
    [InlineData("169.254.169.254", WebhookAddressRange.LinkLocal)]
    [InlineData("fe80::1", WebhookAddressRange.LinkLocal)]
    [InlineData("febf::1", WebhookAddressRange.LinkLocal)]
    [InlineData("10.1.2.3", WebhookAddressRange.Private)]
    [InlineData("172.16.0.1", WebhookAddressRange.Private)]
    [InlineData("172.31.255.255", WebhookAddressRange.Private)]
    [InlineData("192.168.1.1", WebhookAddressRange.Private)]
    [InlineData("fc00::1", WebhookAddressRange.Private)]
    [InlineData("fd12:3456::1", WebhookAddressRange.Private)]
    [InlineData("100.64.0.1", WebhookAddressRange.SharedAddressSpace)]
    [InlineData("100.127.255.254", WebhookAddressRange.SharedAddressSpace)]
    [InlineData("224.0.0.1", WebhookAddressRange.Multicast)]
    [InlineData("ff02::1", WebhookAddressRange.Multicast)]
    [InlineData("0.0.0.0", WebhookAddressRange.Unspecified)]
    [InlineData("::", WebhookAddressRange.Unspecified)]
    [InlineData("255.255.255.255", WebhookAddressRange.Reserved)]
    [InlineData("::ffff:127.0.0.1", WebhookAddressRange.Loopback)]
    [InlineData("::ffff:169.254.169.254", WebhookAddressRange.LinkLocal)]
    [InlineData("::ffff:10.0.0.1", WebhookAddressRange.Private)]
    [InlineData("::127.0.0.1", WebhookAddressRange.Loopback)]
    [InlineData("64:ff9b::a00:1", WebhookAddressRange.Private)]
    [InlineData("2002:7f00:1::", WebhookAddressRange.Loopback)]
    [InlineData("2130706433", WebhookAddressRange.Loopback)]
    [InlineData("93.184.216.34", WebhookAddressRange.Public)]
    [InlineData("172.32.0.1", WebhookAddressRange.Public)]
    [InlineData("100.128.0.1", WebhookAddressRange.Public)]
    [InlineData("2606:4700::1111", WebhookAddressRange.Public)]
    [InlineData("::ffff:8.8.8.8", WebhookAddressRange.Public)]
    public void Addresses_are_classified_in_IPv4_and_IPv6(string address, WebhookAddressRange expected) =>
        Assert.Equal(expected, WebhookTargetPolicy.Classify(IPAddress.Parse(address)));

    public static TheoryData<string> LiteralInternalUrls => new()
    {
        "http://127.0.0.1/hook",
        "http://localhost:8080/hook",
        "http://api.localhost/hook",
        "http://[::1]/hook",
        "http://0.0.0.0/hook",
        "http://2130706433/hook",
        "http://0177.0.0.1/hook",
        "http://0x7f.0.0.1/hook",
        "http://[::ffff:127.0.0.1]/hook",
        "http://user@127.0.0.1/hook",
        "https://partner:secret@partner.example/hook",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.1/hook",
        "http://172.16.0.1/hook",
        "http://192.168.1.1/hook",
        "http://100.64.0.1/hook",
        "http://[fc00::1]/hook",
        "http://[fe80::1]/hook",
        "http://224.0.0.1/hook",
    };

    [Theory]
    [MemberData(nameof(LiteralInternalUrls))]
    public async Task Create_and_update_refuse_a_literal_internal_target_naming_the_url(string url)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var host = await WebhookHost.StartAsync(database);

        var created = await host.WithScopeAsync<WebhookService, WebhookResult>(s => s.CreateAsync(new WebhookInput(url, [WebhookEvents.ContentPublish]), default));
        var (existing, _) = await host.AddWebhookAsync(new WebhookInput("https://partner.example/hook", [WebhookEvents.ContentPublish]));
        var updated = await host.WithScopeAsync<WebhookService, WebhookResult>(
            s => s.UpdateAsync(existing.Id, new WebhookInput(url, [WebhookEvents.ContentPublish]), default));

        foreach (var result in new[] { created, updated })
        {
            Assert.Equal(WebhookOperationStatus.InvalidUrl, result.Status);
            Assert.Contains(url, result.Detail);
        }

        var stored = await host.WithScopeAsync<WebhookService, WebhookView?>(s => s.GetAsync(existing.Id, default));
        Assert.Equal("https://partner.example/hook", stored!.Url);
    }

    [Theory, BothProviders]
    public async Task A_literal_internal_target_is_accepted_when_AllowPrivateTargets_is_set(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await WebhookHost.StartAsync(database, WebhookHost.AllowPrivateTargets);

        var (webhook, _) = await host.AddWebhookAsync(new WebhookInput("http://127.0.0.1:9/hook", [WebhookEvents.ContentPublish]));

        Assert.Equal("http://127.0.0.1:9/hook", webhook.Url);
    }

    [Theory, BothProviders]
    public async Task Every_internal_target_is_refused_at_send_time_logged_and_not_retried(DatabaseProvider provider)
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        var port = new Uri(receiver.Url).Port;
        var resolver = new MappedResolver
        {
            ["rebind.partner.test"] = [IPAddress.Loopback],
            ["mixed.partner.test"] = [IPAddress.Parse("93.184.216.34"), IPAddress.Loopback],
            ["metadata.partner.test"] = [IPAddress.Parse("169.254.169.254")],
            ["v6.partner.test"] = [IPAddress.IPv6Loopback],
        };
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await WebhookHost.StartAsync(database, services: s => s.AddSingleton<IWebhookHostResolver>(resolver));

        // Names pass the save-time check (they are only known when resolved); literal addresses are written as a row
        // saved before that check existed would be, so that only the send-time check stands between them and the network.
        string[] names = ["rebind", "mixed", "metadata", "v6"];
        var targets = new Dictionary<Guid, string>();
        foreach (var name in names)
        {
            var (webhook, _) = await host.AddWebhookAsync(new WebhookInput($"http://{name}.partner.test:{port}/hooks/zhuwagen", [WebhookEvents.ContentPublish]));
            targets[webhook.Id] = name == "mixed" ? "127.0.0.1" : resolver[$"{name}.partner.test"][0].ToString();
        }

        string[] literals =
        [
            $"http://127.0.0.1:{port}/hooks/zhuwagen", $"http://localhost:{port}/hooks/zhuwagen", $"http://[::1]:{port}/hooks/zhuwagen",
            $"http://0.0.0.0:{port}/hooks/zhuwagen", $"http://2130706433:{port}/hooks/zhuwagen", $"http://0177.0.0.1:{port}/hooks/zhuwagen",
            $"http://0x7f.0.0.1:{port}/hooks/zhuwagen", $"http://[::ffff:127.0.0.1]:{port}/hooks/zhuwagen", $"http://user@127.0.0.1:{port}/hooks/zhuwagen",
            "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/hook", "http://172.16.0.1/hook", "http://192.168.1.1/hook",
            "http://100.64.0.1/hook", "http://[fc00::1]/hook", "http://[fe80::1]/hook", "http://224.0.0.1/hook",
        ];
        foreach (var url in literals)
        {
            targets[await InsertWebhookAsync(host, url)] = string.Empty;
        }

        var key = Guid.NewGuid();
        await host.WithScopeAsync<WebhookOutbox>(o => o.EnqueueAsync(WebhookEvents.ContentPublish, key, null, new { Id = key }, default));
        Assert.Equal(targets.Count, await host.QueuedAsync());

        Assert.Equal(targets.Count, await host.FireAsync());
        host.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await host.FireAsync());

        Assert.Empty(receiver.Requests);
        Assert.Equal(0, await host.QueuedAsync());
        foreach (var (webhook, address) in targets)
        {
            var log = Assert.Single((await host.LogsAsync(webhook))!.Items);
            Assert.False(log.IsSuccess);
            Assert.Null(log.StatusCode);
            Assert.Null(log.ResponseBody);
            Assert.StartsWith("Refused: ", log.Error);
            Assert.Contains(address, log.Error);
        }
    }

    [Theory, BothProviders]
    public async Task With_AllowPrivateTargets_a_name_is_connected_to_the_address_the_resolver_gave(DatabaseProvider provider)
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        var resolver = new MappedResolver { ["rebind.partner.test"] = [IPAddress.Loopback] };
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await WebhookHost.StartAsync(
            database, WebhookHost.AllowPrivateTargets, services: s => s.AddSingleton<IWebhookHostResolver>(resolver));
        var url = receiver.Url.Replace("127.0.0.1", "rebind.partner.test", StringComparison.Ordinal);
        var (webhook, _) = await host.AddWebhookAsync(new WebhookInput(url, [WebhookEvents.ContentPublish]));

        var key = Guid.NewGuid();
        await host.WithScopeAsync<WebhookOutbox>(o => o.EnqueueAsync(WebhookEvents.ContentPublish, key, null, new { Id = key }, default));
        await host.FireAsync();

        var request = Assert.Single(receiver.Requests);
        Assert.StartsWith("rebind.partner.test:", request.Header("Host"));
        Assert.True(Assert.Single((await host.LogsAsync(webhook.Id))!.Items).IsSuccess);
        Assert.Equal(["rebind.partner.test"], resolver.Asked.Distinct());
    }

    private static async Task<Guid> InsertWebhookAsync(WebhookHost host, string url)
    {
        var key = Guid.NewGuid();
        await host.WithScopeAsync<CmsDbContext>(async db =>
        {
            db.Webhooks.Add(new WebhookEntity
            {
                Key = key,
                Url = url,
                Events = WebhookEvents.ContentPublish,
                ContentTypes = string.Empty,
                Headers = "{}",
                Secret = WebhookSignature.NewSecret(),
                Enabled = true,
                CreateDate = host.Now,
            });
            await db.SaveChangesAsync();
        });
        return key;
    }

    /// <summary>Names the tests point anywhere; every other name goes to the system resolver.</summary>
    private sealed class MappedResolver : Dictionary<string, IPAddress[]>, IWebhookHostResolver
    {
        public MappedResolver()
            : base(StringComparer.OrdinalIgnoreCase)
        {
        }

        public System.Collections.Concurrent.ConcurrentQueue<string> Asked { get; } = new();

        public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
        {
            Asked.Enqueue(host);
            return TryGetValue(host, out var addresses) ? Task.FromResult(addresses) : Dns.GetHostAddressesAsync(host, cancellationToken);
        }
    }
}
