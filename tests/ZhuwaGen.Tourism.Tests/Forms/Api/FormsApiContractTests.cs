using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Forms.Api;

public sealed class FormsApiSite : IAsyncLifetime
{
    public FormsSite Site { get; private set; } = null!;

    public async Task InitializeAsync() => Site = await FormsSite.StartAsync(DatabaseProvider.Sqlite);

    public async Task DisposeAsync() => await Site.DisposeAsync();
}

/// <summary>The Forms headless API (contract §2): paths, statuses, JSON shapes and access.</summary>
public sealed class FormsApiContractTests(FormsApiSite fixture) : IClassFixture<FormsApiSite>
{
    private const string Api = "/umbraco/forms/delivery/api/v1";
    private FormsSite Site => fixture.Site;

    [Fact]
    public async Task Definition_of_the_guesthouse_form_matches_the_pinned_json()
    {
        using var response = await Site.Client.GetAsync($"{Api}/definitions/{Samples.GuesthouseStay:D}?culture=en");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        JsonSnapshot.Matches("Forms/Snapshots", "guesthouse-stay.en", JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    [Fact]
    public async Task Definition_of_the_enquiry_form_with_its_condition_matches_the_pinned_json()
    {
        using var response = await Site.Client.GetAsync($"{Api}/definitions/{Samples.Enquiry:D}?culture=en");
        JsonSnapshot.Matches("Forms/Snapshots", "enquiry.en", JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    [Fact]
    public async Task Definition_is_in_the_culture_of_accept_language_and_falls_back_to_the_default()
    {
        var zh = await GetDefinitionAsync(("Accept-Language", "zh-CN,zh;q=0.9"));
        var bo = await GetDefinitionAsync(("Accept-Language", "bo"));
        var unknown = await GetDefinitionAsync(("Accept-Language", "fr"));
        Assert.Equal("姓名", FieldCaption(zh, "name"));
        Assert.Equal("མིང་།", FieldCaption(bo, "name"));
        Assert.Equal("姓名", FieldCaption(unknown, "name"));
        Assert.Equal("请填写姓名", Field(zh, "name")["requiredErrorMessage"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("definitions/00000000-0000-0000-0000-000000000001")]
    [InlineData("definitions/not-a-guid")]
    [InlineData("nothing-here")]
    public async Task Unknown_form_or_path_is_a_404_problem(string path)
    {
        using var response = await Site.Client.GetAsync($"{Api}/{path}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Valid_enquiry_is_202_with_the_submit_message_in_the_culture()
    {
        using var response = await Site.PostEntryAsync(Samples.Enquiry, Enquiry(), culture: "zh-Hans");
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal(["gotoPageOnSubmit", "gotoPageOnSubmitRoute", "messageOnSubmit", "messageOnSubmitIsHtml"], json.Select(p => p.Key).ToArray());
        Assert.Equal("谢谢！我们会尽快回复。", json["messageOnSubmit"]!.GetValue<string>());
        Assert.False(json["messageOnSubmitIsHtml"]!.GetValue<bool>());
        Assert.Null(json["gotoPageOnSubmit"]);
    }

    [Fact]
    public async Task Invalid_entry_is_422_with_each_error_keyed_by_alias_in_the_request_culture()
    {
        var body = new { values = new Dictionary<string, object> { ["email"] = "not-an-email", ["topic"] = "nope" }, culture = "zh-Hans" };
        using var response = await Site.PostEntryAsync(Samples.Enquiry, body);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(422, json["status"]!.GetValue<int>());
        Assert.Equal("One or more validation errors occurred.", json["title"]!.GetValue<string>());
        Assert.NotNull(json["extensions"]);
        var errors = json["errors"]!.AsObject();
        Assert.Equal(["请填写姓名"], errors["name"]!.AsArray().Select(e => e!.GetValue<string>()));
        Assert.Equal("请填写有效的电子邮箱（电子邮箱）", errors["email"]![0]!.GetValue<string>());
        Assert.Equal("请从选项中选择主题", errors["topic"]![0]!.GetValue<string>());
        Assert.True(errors.ContainsKey("message"));
        Assert.True(errors.ContainsKey("consent"));
        Assert.False(errors.ContainsKey("groupSize"));
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415_and_an_unreadable_one_400()
    {
        using var text = await PostRawAsync(new StringContent("name=Ada", Encoding.UTF8, "application/x-www-form-urlencoded"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        Assert.Equal("application/problem+json", text.Content.Headers.ContentType?.MediaType);

        using var broken = await PostRawAsync(new StringContent("{\"values\": {", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);

        using var wrongShape = await PostRawAsync(new StringContent("{\"values\": {\"name\": {\"x\": 1}}}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, wrongShape.StatusCode);

        // No Content-Type at all is read as JSON (Forms 17.6).
        var bare = new ByteArrayContent(Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(Enquiry())));
        using var untyped = await PostRawAsync(bare);
        Assert.Equal(HttpStatusCode.Accepted, untyped.StatusCode);
    }

    [Fact]
    public async Task Without_antiforgery_token_or_api_key_a_post_is_400_and_a_wrong_key_401()
    {
        using var bare = await Site.Client.PostAsJsonAsync($"{Api}/entries/{Samples.Enquiry:D}", Enquiry());
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);

        var request = new HttpRequestMessage(HttpMethod.Post, $"{Api}/entries/{Samples.Enquiry:D}") { Content = JsonContent.Create(Enquiry()) };
        request.Headers.Add("Api-Key", "wrong");
        using var wrong = await Site.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
    }

    [Fact]
    public async Task A_browser_post_with_the_antiforgery_cookie_and_header_is_accepted()
    {
        var context = new DefaultHttpContext { RequestServices = Site.Site.Services };
        var tokens = Site.Site.Services.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        var cookie = context.Response.Headers.SetCookie.ToString().Split(';')[0];
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Api}/entries/{Samples.Enquiry:D}") { Content = JsonContent.Create(Enquiry()) };
        request.Headers.Add("Cookie", cookie);
        request.Headers.Add("RequestVerificationToken", tokens.RequestToken);
        using var response = await Site.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task Entries_are_listed_and_exported_as_csv_for_editors_only()
    {
        using var posted = await Site.PostEntryAsync(Samples.Enquiry, Enquiry("=HYPERLINK(\"x\")"));
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        using var anonymous = await Site.Client.GetAsync($"/umbraco/management/api/v1/forms/{Samples.Enquiry:D}/entries");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    private static object Enquiry(string name = "Ada") => new
    {
        values = new Dictionary<string, object>
        {
            ["name"] = name,
            ["email"] = "ada@example.org",
            ["topic"] = "general",
            ["message"] = "Is the road open in March?",
            ["consent"] = "on",
        },
    };

    private Task<HttpResponseMessage> PostRawAsync(HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Api}/entries/{Samples.Enquiry:D}") { Content = content };
        if (content.Headers.ContentType is null)
        {
            content.Headers.ContentType = null;
        }

        request.Headers.Add("Api-Key", FormsSite.ApiKey);
        return Site.Client.SendAsync(request);
    }

    private async Task<JsonNode> GetDefinitionAsync(params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"{Api}/definitions/{Samples.GuesthouseStay:D}");
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await Site.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static JsonNode Field(JsonNode form, string alias) =>
        form["pages"]!.AsArray().SelectMany(p => p!["fieldsets"]!.AsArray()).SelectMany(s => s!["columns"]!.AsArray())
            .SelectMany(c => c!["fields"]!.AsArray()).Single(f => f!["alias"]!.GetValue<string>() == alias)!;

    private static string FieldCaption(JsonNode form, string alias) => Field(form, alias)["caption"]!.GetValue<string>();
}
