using System.Net.Http.Json;
using System.Text.Json;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Management;

/// <summary>The OpenAPI document declares how to sign in (client credentials, cookie) and which operations need it.</summary>
public sealed class OpenApiSecurityTests(ManagementSites sites) : IClassFixture<ManagementSites>
{
    private const string Api = "/umbraco/management/api/v1";

    [Theory, BothProviders]
    public async Task The_document_declares_client_credentials_and_the_cookie(DatabaseProvider provider)
    {
        var fixture = await sites.GetAsync(provider);
        var document = await fixture.Anonymous.GetFromJsonAsync<JsonElement>("/umbraco/openapi/management.json");
        var schemes = document.GetProperty("components").GetProperty("securitySchemes");

        var oauth = schemes.GetProperty("Backoffice-User");
        Assert.Equal("oauth2", oauth.GetProperty("type").GetString());
        Assert.Equal($"{Api}/security/back-office/token",
            oauth.GetProperty("flows").GetProperty("clientCredentials").GetProperty("tokenUrl").GetString());
        var cookie = schemes.GetProperty("Backoffice-Cookie");
        Assert.Equal("apiKey", cookie.GetProperty("type").GetString());
        Assert.Equal("cookie", cookie.GetProperty("in").GetString());
        Assert.Equal("zg_backoffice", cookie.GetProperty("name").GetString());
    }

    [Theory, BothProviders]
    public async Task Every_authorized_operation_accepts_either_scheme(DatabaseProvider provider)
    {
        var fixture = await sites.GetAsync(provider);
        var document = await fixture.Anonymous.GetFromJsonAsync<JsonElement>("/umbraco/openapi/management.json");
        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (Name: $"{op.Name} {path.Name}", Operation: op.Value)))
            .ToList();

        var publish = operations.Single(o => o.Name == $"put {Api}/document/{{id}}/publish").Operation;
        Assert.Equal(["Backoffice-User", "Backoffice-Cookie"], Schemes(publish));
        Assert.All(operations, o => Assert.True(o.Operation.TryGetProperty("security", out _), $"{o.Name} has no security requirement."));
    }

    private static List<string> Schemes(JsonElement operation) =>
        operation.GetProperty("security").EnumerateArray().SelectMany(r => r.EnumerateObject().Select(s => s.Name)).ToList();
}
