using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ZhuwaGen.Tourism.Cms.Management;

namespace ZhuwaGen.Tourism.Tests.Acceptance;

/// <summary>Management API calls as an integrator writes them from Umbraco's documentation: JSON over HTTP, nothing else.</summary>
internal static class ManagementSteps
{
    private const string Api = ManagementApiRoutes.Base;

    /// <summary>POST /user/api-user as an administrator: the new API user's client id and secret.</summary>
    public static async Task<(string ClientId, string ClientSecret)> CreateApiUserAsync(HttpClient admin, string name, string role)
    {
        var created = await SendAsync(admin, HttpMethod.Post, $"{Api}/user/api-user", new { name, role }, HttpStatusCode.Created);
        return ((string)created["clientId"]!, (string)created["clientSecret"]!);
    }

    /// <summary>The OAuth 2 client credentials grant at the back-office token endpoint.</summary>
    public static async Task<string> TokenAsync(HttpClient anonymous, string clientId, string clientSecret)
    {
        using var response = await anonymous.PostAsync(ManagementApiRoutes.Token, new FormUrlEncodedContent(
        [
            new("grant_type", "client_credentials"),
            new("client_id", clientId),
            new("client_secret", clientSecret),
        ]));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"token endpoint answered {(int)response.StatusCode}: {body}");
        var token = JsonNode.Parse(body)!;
        Assert.Equal("Bearer", (string)token["token_type"]!, ignoreCase: true);
        return (string)token["access_token"]!;
    }

    /// <summary>POST /webhook as an administrator: the webhook's id and its signing secret (shown this once).</summary>
    public static async Task<(Guid Id, string Secret)> CreateWebhookAsync(HttpClient admin, string url, string eventAlias, string contentTypeAlias)
    {
        var created = await SendAsync(admin, HttpMethod.Post, $"{Api}/webhook",
            new { url, events = new[] { eventAlias }, contentTypeAliases = new[] { contentTypeAlias } }, HttpStatusCode.Created);
        var secret = (string?)created["secret"];
        Assert.False(string.IsNullOrEmpty(secret), "a new webhook's response carries no secret");
        return (Guid.Parse((string)created["id"]!), secret!);
    }

    /// <summary>Multipart POST /media with a file and alt text per culture: the new media item.</summary>
    public static async Task<JsonNode> UploadImageAsync(HttpClient client, byte[] bytes, string fileName, IReadOnlyDictionary<string, string> altText)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(file, "file", fileName);
        foreach (var (culture, text) in altText)
        {
            form.Add(new StringContent(text), $"altText[{culture}]");
        }

        using var response = await client.PostAsync($"{Api}/media", form);
        return await ReadAsync(response, HttpStatusCode.Created, "POST /media");
    }

    /// <summary>PUT /document/{id}: a draft save of the values named (the others stay as they are).</summary>
    public static Task<JsonNode> SaveDraftAsync(HttpClient client, Guid id, params object[] values) =>
        SendAsync(client, HttpMethod.Put, $"{Api}/document/{id}", new { values }, HttpStatusCode.OK);

    /// <summary>PUT /document/{id}/publish for the cultures named, now.</summary>
    public static Task<JsonNode> PublishAsync(HttpClient client, Guid id, params string[] cultures) =>
        SendAsync(client, HttpMethod.Put, $"{Api}/document/{id}/publish",
            new { publishSchedules = cultures.Select(culture => new { culture }).ToArray() }, HttpStatusCode.OK);

    private static async Task<JsonNode> SendAsync(HttpClient client, HttpMethod method, string url, object body, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) };
        using var response = await client.SendAsync(request);
        return await ReadAsync(response, expected, $"{method} {url}");
    }

    private static async Task<JsonNode> ReadAsync(HttpResponseMessage response, HttpStatusCode expected, string what)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{what} answered {(int)response.StatusCode}, expected {(int)expected}: {text}");
        return text.Length == 0 ? new JsonObject() : JsonNode.Parse(text)!;
    }
}
