using System.Text.Json.Nodes;
using ZhuwaGen.Tourism.Cms.Delivery;

namespace ZhuwaGen.Tourism.Tests.Delivery;

/// <summary>Requests to the Delivery API with its headers, and the seeded items' keys.</summary>
public static class DeliveryHttp
{
    public const string Content = DeliveryApiRoutes.Content;
    public static readonly Guid Site = Guid.Parse("bf4b90cb-3ca1-4222-bfab-4bcc41af4357");
    public static readonly Guid Route = Guid.Parse("c3b5a374-9fca-45eb-bac9-3cbf428fb6f8");
    public static readonly Guid RedStation = Guid.Parse("7aad4c02-e0b5-4750-b26b-17eb823a1ed7");
    public static readonly Guid Xueni = Guid.Parse("cc51cb14-f489-456c-a90f-d10b85333eee");
    public static readonly Guid Zhala = Guid.Parse("aea7f6cc-917e-4644-b1f7-b48e7c3545e2");
    public static readonly Guid OrchardPicking = Guid.Parse("f2f51186-f93d-45d1-b656-e62bff6efee2");
    public static readonly Guid PickingFestival = Guid.Parse("2b71190a-7e56-4d0c-bbfb-0183078a4333");
    public static readonly Guid Courtyard = Guid.Parse("027745de-4518-409b-bd12-0280d0caf4fa");
    public static readonly Guid BorderNotice = Guid.Parse("13733a8d-d4b7-4eef-a9a4-fac6ca7240fc");
    public static readonly Guid RevitalizationStory = Guid.Parse("026d1a23-c68a-412d-bdea-a0abb32d0114");
    public static readonly Guid Notices = Guid.Parse("750fbf1e-c694-4483-be52-d924ee05b86c");
    public static readonly Guid Plan = Guid.Parse("27f12020-b4cf-4713-8173-ce747b06839f");

    public static async Task<HttpResponseMessage> GetAsync(HttpClient client, string url, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url.StartsWith('/') ? url : $"{Content}/{url}");
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await client.SendAsync(request);
    }

    public static async Task<JsonNode> JsonAsync(HttpClient client, string url, params (string Name, string Value)[] headers)
    {
        using var response = await GetAsync(client, url, headers);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} for {url}: {body}");
        return JsonNode.Parse(body)!;
    }
}
