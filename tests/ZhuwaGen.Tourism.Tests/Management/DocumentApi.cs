using System.Net.Http.Json;
using System.Text.Json;

namespace ZhuwaGen.Tourism.Tests.Management;

/// <summary>Shortcuts for document tests against the seeded site: where the story list is, and a story to create.</summary>
internal static class DocumentApi
{
    public const string Api = "/umbraco/management/api/v1";
    public static readonly Guid StoryType = Guid.Parse("3039399c-dfe7-486d-8090-bc4b51ae2282");

    public static async Task<Guid> ChildOfSiteAsync(HttpClient client, string documentTypeAlias)
    {
        var root = await client.GetFromJsonAsync<JsonElement>($"{Api}/tree/document/root");
        var site = root.GetProperty("items")[0].GetProperty("id").GetGuid();
        var children = await client.GetFromJsonAsync<JsonElement>($"{Api}/tree/document/children?parentId={site}");
        return children.GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("documentType").GetProperty("alias").GetString() == documentTypeAlias)
            .GetProperty("id").GetGuid();
    }

    public static object Story(Guid parent, string enName, string? enBody = "An English body.") => new
    {
        parent = new { id = parent },
        documentType = new { id = StoryType },
        variants = new object[] { new { culture = "zh-Hans", name = "测试故事 " + enName }, new { culture = "en", name = enName } },
        values = new object?[]
        {
            new { alias = "body", culture = "zh-Hans", value = "中文正文。" },
            enBody is null ? null : new { alias = "body", culture = "en", value = enBody },
        }.Where(v => v is not null).ToArray(),
    };

    public static async Task<Guid> CreateStoryAsync(HttpClient client, string enName)
    {
        var parent = await ChildOfSiteAsync(client, "storyList");
        using var response = await client.PostAsJsonAsync($"{Api}/document", Story(parent, enName));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> GetAsync(HttpClient client, Guid id) =>
        await client.GetFromJsonAsync<JsonElement>($"{Api}/document/{id}");

    public static string State(JsonElement document, string culture) =>
        document.GetProperty("variants").EnumerateArray().Single(v => v.GetProperty("culture").GetString() == culture).GetProperty("state").GetString()!;
}
