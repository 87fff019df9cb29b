using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Management;

/// <summary>API users: OAuth2 client credentials at Umbraco's token path, and what the API makes of the tokens.</summary>
public sealed class TokenEndpointTests
{
    private const string CurrentUser = "/umbraco/management/api/v1/user/current";

    [Theory, BothProviders]
    public async Task A_valid_client_gets_a_one_hour_bearer_token_that_the_api_accepts(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider);
        await using var _ = database;
        await using var __ = site.Start();
        var credentials = await ManagementClients.CreateApiUserAsync(site, UserRoles.Editor);
        using var client = ManagementClients.NewClient(site);

        using var response = await ManagementClients.RequestTokenAsync(client, credentials.ClientId, credentials.ClientSecret);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        using var api = ManagementClients.BearerClient(site, json.GetProperty("access_token").GetString()!);
        var me = await api.GetFromJsonAsync<JsonElement>(CurrentUser);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bearer", json.GetProperty("token_type").GetString());
        Assert.InRange(json.GetProperty("expires_in").GetInt32(), 3590, 3600);
        Assert.Equal(credentials.Id, me.GetProperty("id").GetGuid());
        Assert.Equal(UserRoles.Editor, me.GetProperty("role").GetString());
        Assert.Equal("Api", me.GetProperty("kind").GetString());
        Assert.Equal(credentials.ClientId, me.GetProperty("clientId").GetString());
    }

    [Theory, BothProviders]
    public async Task A_wrong_secret_or_unknown_client_is_invalid_client(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider);
        await using var _ = database;
        await using var __ = site.Start();
        var credentials = await ManagementClients.CreateApiUserAsync(site, UserRoles.Admin);
        using var client = ManagementClients.NewClient(site);

        foreach (var (clientId, secret) in new[] { (credentials.ClientId, credentials.ClientSecret + "x"), ("api-unknown", credentials.ClientSecret) })
        {
            using var response = await ManagementClients.RequestTokenAsync(client, clientId, secret);
            var json = await response.Content.ReadFromJsonAsync<JsonElement>();

            Assert.Contains(response.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized });
            Assert.Equal("invalid_client", json.GetProperty("error").GetString());
            Assert.False(json.TryGetProperty("access_token", out var _));
        }
    }

    [Theory, BothProviders]
    public async Task The_client_secret_is_stored_only_as_a_hash(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider);
        await using var _ = database;
        await using var __ = site.Start();
        var credentials = await ManagementClients.CreateApiUserAsync(site, UserRoles.Admin);

        var stored = await site.WithDbAsync(async db =>
        {
            await using var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """SELECT "ClientSecret" FROM "OpenIddictApplications" """;
            return (string?)await command.ExecuteScalarAsync();
        });

        Assert.False(string.IsNullOrEmpty(stored));
        Assert.DoesNotContain(credentials.ClientSecret, stored);
    }

    [Theory, BothProviders]
    public async Task An_expired_token_is_401_problem_details(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider, new Dictionary<string, string?>
        {
            ["Cms:ManagementApi:AccessTokenLifetime"] = "00:00:01",
        });
        await using var _ = database;
        await using var __ = site.Start();
        var token = await ManagementClients.AccessTokenAsync(site, await ManagementClients.CreateApiUserAsync(site, UserRoles.Admin));
        using var api = ManagementClients.BearerClient(site, token);

        await Task.Delay(TimeSpan.FromSeconds(2.5)); // the token lives one second
        using var response = await api.GetAsync(CurrentUser);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
    }

    [Theory, BothProviders]
    public async Task A_forged_token_is_401_problem_details(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider);
        await using var _ = database;
        await using var __ = site.Start();
        using var api = ManagementClients.BearerClient(site, "not-a-token");

        using var response = await api.GetAsync(CurrentUser);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory, BothProviders]
    public async Task A_token_from_one_instance_works_on_another_over_the_same_database(DatabaseProvider provider)
    {
        var (first, database) = await SiteFactory.CreateAsync(provider);
        await using var _ = database;
        await using var __ = first.Start();
        await using var second = new SiteFactory(database).Start();
        var token = await ManagementClients.AccessTokenAsync(first, await ManagementClients.CreateApiUserAsync(first, UserRoles.Writer));
        using var bearerOnSecond = ManagementClients.BearerClient(second, token);

        using var bearer = await bearerOnSecond.GetAsync(CurrentUser);

        Assert.Equal(HttpStatusCode.OK, bearer.StatusCode);
        Assert.Equal(UserRoles.Writer, (await bearer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("role").GetString());
    }
}
