using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Schema;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Management;

/// <summary>Schema reads and export, and the OpenAPI document with its locally served reference UI.</summary>
public sealed partial class SchemaAndOpenApiTests(ManagementSites sites) : IClassFixture<ManagementSites>
{
    private const string Api = "/umbraco/management/api/v1";

    [Theory, BothProviders]
    public async Task Schema_export_is_what_the_schema_file_writer_writes_from_the_database(DatabaseProvider provider)
    {
        var fixture = await sites.GetAsync(provider);
        string expected = string.Empty;
        var sections = fixture.Site.Services.GetServices<ISchemaSection>().Select(s => s.Write()).ToList();
        await fixture.Site.WithScopeAsync<SchemaStore>(async store => expected = SchemaFileWriter.Write(await store.LoadAsync(CancellationToken.None), sections));

        using var response = await fixture.Bearer(UserRoles.Admin).GetAsync($"{Api}/schema/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(expected, await response.Content.ReadAsStringAsync());
        Assert.Contains("storyList", expected);
        Assert.Contains("<Forms>", expected);
    }

    [Theory, BothProviders]
    public async Task Languages_document_types_and_data_types_read_as_json(DatabaseProvider provider)
    {
        var fixture = await sites.GetAsync(provider);
        var client = fixture.Cookie(UserRoles.Writer);

        var languages = await client.GetFromJsonAsync<JsonElement>($"{Api}/language");
        var types = await client.GetFromJsonAsync<JsonElement>($"{Api}/document-type");
        var dataTypes = await client.GetFromJsonAsync<JsonElement>($"{Api}/data-type");

        var zh = languages.GetProperty("items").EnumerateArray().Single(l => l.GetProperty("isoCode").GetString() == "zh-Hans");
        Assert.True(zh.GetProperty("isDefault").GetBoolean());
        Assert.True(zh.GetProperty("isMandatory").GetBoolean());
        var story = types.GetProperty("items").EnumerateArray().Single(t => t.GetProperty("alias").GetString() == "story");
        Assert.Equal(DocumentApi.StoryType, story.GetProperty("id").GetGuid());
        Assert.Contains(story.GetProperty("properties").EnumerateArray(), p => p.GetProperty("alias").GetString() == "body" && p.GetProperty("mandatory").GetBoolean());
        Assert.Contains(dataTypes.GetProperty("items").EnumerateArray(), d => d.GetProperty("editorAlias").GetString() == "Umbraco.MarkdownEditor");
    }

    [Theory, BothProviders]
    public async Task The_openapi_document_lists_the_management_operations_only(DatabaseProvider provider)
    {
        var fixture = await sites.GetAsync(provider);
        var document = await fixture.Anonymous.GetFromJsonAsync<JsonElement>("/umbraco/openapi/management.json");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        Assert.Contains($"{Api}/document/{{id}}/publish", paths);
        Assert.Contains($"{Api}/tree/document/root", paths);
        Assert.Contains($"{Api}/user/current", paths);
        Assert.All(paths, p => Assert.StartsWith(Api, p));
    }

    [Theory, BothProviders]
    public async Task The_api_reference_ui_loads_only_from_this_host(DatabaseProvider provider)
    {
        var fixture = await sites.GetAsync(provider);
        using var bare = await fixture.Anonymous.GetAsync("/umbraco/openapi");
        Assert.Equal(HttpStatusCode.Found, bare.StatusCode); // Scalar's own redirect to the trailing-slash address
        using var page = await fixture.Anonymous.GetAsync("/umbraco/openapi/");
        var html = await page.Content.ReadAsStringAsync();
        var urls = Urls().Matches(html).Select(m => m.Groups["url"].Value).ToList();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.NotEmpty(urls);
        Assert.All(urls, url => Assert.False(
            url.StartsWith("//", StringComparison.Ordinal) || Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https",
            $"the UI references a third-party URL: {url}"));
        foreach (var script in Urls().Matches(html).Where(m => m.Groups["attr"].Value == "src").Select(m => m.Groups["url"].Value))
        {
            using var js = await fixture.Anonymous.GetAsync(new Uri(new Uri("http://localhost/umbraco/openapi/"), script).PathAndQuery);
            Assert.Equal(HttpStatusCode.OK, js.StatusCode);
        }

        Assert.DoesNotContain("cdn.jsdelivr.net", html);
        Assert.DoesNotContain("fonts.scalar.com", html);
    }

    [GeneratedRegex("(?<attr>src|href)=[\"'](?<url>[^\"']+)[\"']")]
    private static partial Regex Urls();
}
