using Microsoft.AspNetCore.Mvc.Testing;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Security;

/// <summary>Strict-Transport-Security outside Development, and only on responses served over HTTPS.</summary>
public sealed class HstsTests
{
    [Fact]
    public async Task Production_site_sends_hsts_over_https_only()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var site = new SiteFactory(database, new Dictionary<string, string?> { ["environment"] = "Production" }).Start();
        using var https = site.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://zhuwagen.example/") });
        using var http = site.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://zhuwagen.example/") });

        using var secure = await https.GetAsync("/");
        using var plain = await http.GetAsync("/");

        Assert.True(secure.Headers.TryGetValues("Strict-Transport-Security", out var values), "no HSTS over HTTPS");
        Assert.Equal("max-age=31536000", Assert.Single(values));
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Development_site_sends_no_hsts()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var site = new SiteFactory(database, new Dictionary<string, string?> { ["environment"] = "Development" }).Start();
        using var https = site.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://zhuwagen.example/") });

        using var response = await https.GetAsync("/");

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }
}
