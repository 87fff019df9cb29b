using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using static ZhuwaGen.Tourism.Tests.Management.DocumentApi;

namespace ZhuwaGen.Tourism.Tests.Management;

/// <summary>Bad requests become RFC 9457 problem details: validation by property and culture, bodies, ids, XSRF.</summary>
public sealed class RequestProblemTests(ManagementSites sites) : IClassFixture<ManagementSites>
{
    [Theory, BothProviders]
    public async Task A_missing_mandatory_value_is_400_with_errors_keyed_by_alias_and_culture(DatabaseProvider provider)
    {
        var fixture = await sites.GetAsync(provider);
        var client = fixture.Bearer(UserRoles.Writer);
        var parent = await ChildOfSiteAsync(client, "storyList");

        using var response = await client.PostAsJsonAsync($"{Api}/document", Story(parent, "No English body", enBody: null));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Validation failed", problem.GetProperty("title").GetString());
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("body[en]", out var messages), errors.ToString());
        Assert.NotEmpty(messages.EnumerateArray());
        Assert.False(errors.TryGetProperty("body[zh-Hans]", out _));
    }

    [Theory]
    [BothProvidersInlineData("tree/document/root?skip=-1", "skip")]
    [BothProvidersInlineData("tree/document/root?take=abc", "take")]
    [BothProvidersInlineData("user?take=9999999999", "take")]
    [BothProvidersInlineData("media/tree/children?skip=-3", "skip")]
    [BothProvidersInlineData("webhook/00000000-0000-0000-0000-000000000001/logs?take=-1", "take")]
    public async Task Paging_that_is_negative_or_not_a_number_is_400_naming_the_parameter(DatabaseProvider provider, string path, string name)
    {
        var fixture = await sites.GetAsync(provider);
        var client = fixture.Bearer(UserRoles.Admin);

        using var response = await client.GetAsync($"{Api}/{path}");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(name, body, StringComparison.Ordinal);
    }

    [Theory, BothProviders]
    public async Task Validate_reports_the_same_errors_without_saving(DatabaseProvider provider)
    {
        var fixture = await sites.GetAsync(provider);
        var client = fixture.Cookie(UserRoles.Writer);
        var id = await CreateStoryAsync(client, "Validate me");
        var revision = (await GetAsync(client, id)).GetProperty("revision").GetInt32();

        using var invalid = await client.PutAsJsonAsync($"{Api}/document/{id}/validate",
            new { values = new[] { new { alias = "body", culture = "en", value = (string?)null } } });
        using var valid = await client.PutAsJsonAsync($"{Api}/document/{id}/validate",
            new { values = new[] { new { alias = "body", culture = "en", value = "Still a body." } } });

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.True((await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("body[en]", out _));
        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        Assert.Equal(revision, (await GetAsync(client, id)).GetProperty("revision").GetInt32());
    }

    [Theory, BothProviders]
    public async Task A_save_with_a_stale_revision_is_409(DatabaseProvider provider)
    {
        var fixture = await sites.GetAsync(provider);
        var client = fixture.Bearer(UserRoles.Editor);
        var id = await CreateStoryAsync(client, "Two editors");
        var revision = (await GetAsync(client, id)).GetProperty("revision").GetInt32();
        using var first = await client.PutAsJsonAsync($"{Api}/document/{id}", new { variants = new[] { new { culture = "en", name = "First" } }, revision });

        using var second = await client.PutAsJsonAsync($"{Api}/document/{id}", new { variants = new[] { new { culture = "en", name = "Second" } }, revision });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
    }

    [Theory, BothProviders]
    public async Task Publishing_without_the_mandatory_culture_is_400_mandatory_culture_missing(DatabaseProvider provider)
    {
        var fixture = await sites.GetAsync(provider);
        var client = fixture.Bearer(UserRoles.Editor);
        var id = await CreateStoryAsync(client, "Only English");

        using var response = await client.PutAsJsonAsync($"{Api}/document/{id}/publish", new { publishSchedules = new[] { new { culture = "en" } } });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Mandatory culture missing", problem.GetProperty("title").GetString());
        Assert.Contains("zh-Hans", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [BothProvidersInlineData("text/plain", "hello")]
    [BothProvidersInlineData("application/json", "{ not json")]
    [BothProvidersInlineData("application/json", "")]
    public async Task A_body_that_is_not_json_is_400_problem_details(DatabaseProvider provider, string contentType, string body)
    {
        var fixture = await sites.GetAsync(provider);
        using var response = await fixture.Bearer(UserRoles.Editor).PostAsync($"{Api}/document", new StringContent(body, Encoding.UTF8, contentType));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [BothProvidersInlineData("GET", "/document/not-a-guid")]
    [BothProvidersInlineData("PUT", "/document/not-a-guid/publish")]
    [BothProvidersInlineData("GET", "/no-such-operation")]
    public async Task A_malformed_id_or_unknown_path_is_404_problem_details(DatabaseProvider provider, string method, string path)
    {
        var fixture = await sites.GetAsync(provider);
        using var request = new HttpRequestMessage(new HttpMethod(method), Api + path);
        using var response = await fixture.Bearer(UserRoles.Editor).SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory, BothProviders]
    public async Task A_malformed_id_in_the_query_is_400(DatabaseProvider provider)
    {
        var fixture = await sites.GetAsync(provider);
        using var response = await fixture.Bearer(UserRoles.Editor).GetAsync($"{Api}/tree/document/children?parentId=not-a-guid");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory, BothProviders]
    public async Task A_signed_in_write_without_the_xsrf_header_is_refused_and_changes_nothing(DatabaseProvider provider)
    {
        var fixture = await sites.GetAsync(provider);
        var signedIn = fixture.Cookie(UserRoles.Editor);
        var id = await CreateStoryAsync(signedIn, "Forgery target");
        var header = signedIn.DefaultRequestHeaders.GetValues("X-XSRF-TOKEN").Single();
        signedIn.DefaultRequestHeaders.Remove("X-XSRF-TOKEN");
        try
        {
            using var without = await signedIn.PutAsJsonAsync($"{Api}/document/{id}", new { variants = new[] { new { culture = "en", name = "Forged" } } });
            using var wrong = await Send(signedIn, id, "forged-token");
            using var read = await signedIn.GetAsync($"{Api}/document/{id}");

            Assert.Equal(HttpStatusCode.BadRequest, without.StatusCode);
            Assert.Equal("Invalid XSRF token", (await without.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            Assert.Equal(HttpStatusCode.OK, read.StatusCode); // reads need no header
            Assert.DoesNotContain((await GetAsync(signedIn, id)).GetProperty("variants").EnumerateArray(), v => v.GetProperty("name").GetString() == "Forged");
        }
        finally
        {
            signedIn.DefaultRequestHeaders.Add("X-XSRF-TOKEN", header);
        }

        using var withHeader = await Send(signedIn, id, header);
        Assert.Equal(HttpStatusCode.OK, withHeader.StatusCode);
    }

    [Theory, BothProviders]
    public async Task A_bearer_write_needs_no_xsrf_header(DatabaseProvider provider)
    {
        var fixture = await sites.GetAsync(provider);
        var client = fixture.Bearer(UserRoles.Editor);
        Assert.False(client.DefaultRequestHeaders.Contains("X-XSRF-TOKEN"));

        Assert.NotEqual(Guid.Empty, await CreateStoryAsync(client, "Bearer write"));
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, Guid id, string xsrf)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"{Api}/document/{id}")
        {
            Content = JsonContent.Create(new { variants = new[] { new { culture = "en", name = "Forged" } } }),
        };
        request.Headers.Add("X-XSRF-TOKEN", xsrf);
        return client.SendAsync(request);
    }
}
