using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ZhuwaGen.Tourism.Cms.Management;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Cms.Webhooks;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Management;
using static ZhuwaGen.Tourism.Tests.Delivery.DeliveryHttp;

namespace ZhuwaGen.Tourism.Tests.Contracts;

/// <summary>The whole JSON of Management API answers over the seeded site, pinned by reviewed snapshots (contract §3).</summary>
public sealed class ManagementContractTests(ContractSites sites) : IClassFixture<ContractSites>
{
    private const string Api = ManagementApiRoutes.Base;
    private static readonly string[] ProblemVolatile = ["traceId"];

    [Theory, BothProviders]
    public async Task Document_tree_root(DatabaseProvider provider)
    {
        var admin = (await sites.GetAsync(provider)).Admin;
        using var response = await admin.GetAsync($"{Api}/tree/document/root");
        await Snapshot.MatchesAsync(response, HttpStatusCode.OK, "application/json", "management-tree-document-root");
    }

    [Theory, BothProviders]
    public async Task Document_by_id(DatabaseProvider provider)
    {
        var admin = (await sites.GetAsync(provider)).Admin;
        using var response = await admin.GetAsync($"{Api}/document/{Route}");
        await Snapshot.MatchesAsync(response, HttpStatusCode.OK, "application/json", "management-document-route", ["publishDate"]);
    }

    [Theory, BothProviders]
    public async Task Saving_an_invalid_value_is_a_400_validation_problem(DatabaseProvider provider)
    {
        var admin = (await sites.GetAsync(provider)).Admin;
        using var response = await admin.PutAsJsonAsync($"{Api}/document/{RedStation}", new
        {
            variants = new[] { new { culture = "zh-Hans", name = "桑久红色驿站" }, new { culture = "en", name = "Sangjiu Red Station" } },
            values = new[] { new { alias = "latitude", culture = (string?)null, value = 200 } },
        });
        await Snapshot.MatchesAsync(response, HttpStatusCode.BadRequest, "application/problem+json", "management-document-put-400-latitude", ProblemVolatile);
    }

    [Theory, BothProviders]
    public async Task Document_versions(DatabaseProvider provider)
    {
        var admin = (await sites.GetAsync(provider)).Admin;
        using var response = await admin.GetAsync($"{Api}/document-version?documentId={Route}");
        await Snapshot.MatchesAsync(response, HttpStatusCode.OK, "application/json", "management-document-versions-route", ["versionDate"]);
    }

    [Theory, BothProviders]
    public async Task Languages(DatabaseProvider provider)
    {
        var admin = (await sites.GetAsync(provider)).Admin;
        using var response = await admin.GetAsync($"{Api}/language");
        await Snapshot.MatchesAsync(response, HttpStatusCode.OK, "application/json", "management-language");
    }

    [Theory, BothProviders]
    public async Task Current_user(DatabaseProvider provider)
    {
        var contract = await sites.GetAsync(provider);
        var id = Guid.Empty;
        await contract.Site.WithScopeAsync<SignInService>(async signIn =>
            id = (await signIn.SignInAsync(ContractSites.AdminEmail, ManagementClients.Password, "test", CancellationToken.None)).User!.Key);
        using var response = await contract.Admin.GetAsync($"{Api}/user/current");
        await Snapshot.MatchesAsync(response, HttpStatusCode.OK, "application/json", "management-user-current",
            replacements: new Dictionary<string, string> { [id.ToString()] = "<user id>" });
    }

    [Theory, BothProviders]
    public async Task Webhooks_after_creating_one(DatabaseProvider provider)
    {
        var admin = (await sites.GetAsync(provider)).Admin;
        // Umbraco's webhook model (name, description, contentTypeKeys) with the alias filter this API adds.
        using var created = await admin.PostAsJsonAsync(WebhookEndpoints.Path, new
        {
            name = "Partner map",
            description = "Stops and photos for the partner's map",
            url = "https://partner.example/contract-hook",
            events = new[] { WebhookEvents.ContentPublish, WebhookEvents.MediaSave },
            contentTypeKeys = new[] { Guid.Parse("cc07b313-0843-4aa8-bbda-871c8da728c8") },
            contentTypeAliases = new[] { "routeStop" },
            headers = new Dictionary<string, string> { ["X-Partner"] = "zhuwagen" },
            enabled = true,
        });
        var createdBody = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(created.StatusCode == HttpStatusCode.Created, createdBody.ToString());
        var id = createdBody.GetProperty("id").GetString()!;

        await Snapshot.MatchesAsync(created, HttpStatusCode.Created, "application/json", "management-webhook-created", ["secret"],
            new Dictionary<string, string> { [id] = "<webhook id>" });
        using var listed = await admin.GetAsync(WebhookEndpoints.Path);
        await Snapshot.MatchesAsync(listed, HttpStatusCode.OK, "application/json", "management-webhook-list", ["secret"],
            new Dictionary<string, string> { [id] = "<webhook id>" });
    }

    [Theory, BothProviders]
    public async Task Token_endpoint_refuses_a_wrong_secret(DatabaseProvider provider)
    {
        var site = (await sites.GetAsync(provider)).Site;
        var credentials = await ManagementClients.CreateApiUserAsync(site, UserRoles.Editor);
        using var client = ManagementClients.NewClient(site);
        using var response = await ManagementClients.RequestTokenAsync(client, credentials.ClientId, credentials.ClientSecret + "x");
        await Snapshot.MatchesAsync(response, HttpStatusCode.Unauthorized, "application/json", "management-token-invalid-client",
            replacements: new Dictionary<string, string> { [credentials.ClientId] = "<client id>" });
    }
}
