using System.Text.Json.Nodes;
using ZhuwaGen.Tourism.Cms.Delivery;
using ZhuwaGen.Tourism.Tests.Delivery;

namespace ZhuwaGen.Tourism.Tests.Acceptance;

/// <summary>Delivery API reads as a client written from Umbraco's Delivery API documentation makes them.</summary>
internal static class DeliverySteps
{
    public const string English = "en";

    /// <summary>GET /content with a query string; <paramref name="acceptLanguage"/> null reads the default language.</summary>
    public static Task<JsonNode> QueryAsync(HttpClient client, string query, string? acceptLanguage = null) =>
        DeliveryHttp.JsonAsync(client, $"{DeliveryApiRoutes.Content}?{query}", Headers(acceptLanguage));

    /// <summary>
    /// GET /content/item/{path} for a route path as the API answers it: relative to the start item, with leading
    /// and trailing slashes (<c>/sangjiu-baga/sangjiu-red-station/</c>).
    /// </summary>
    public static Task<JsonNode> ItemByRouteAsync(HttpClient client, string routePath, string? acceptLanguage = null, string? query = null)
    {
        Assert.StartsWith("/", routePath);
        var url = $"{DeliveryApiRoutes.Content}/item{routePath}" + (query is null ? string.Empty : "?" + query);
        return DeliveryHttp.JsonAsync(client, url, Headers(acceptLanguage));
    }

    /// <summary>The same read, with whether the output cache answered it (it sets <c>Age</c>).</summary>
    public static async Task<(JsonNode Item, bool FromCache)> ItemByRouteWithCacheAsync(HttpClient client, string routePath, string? acceptLanguage)
    {
        using var response = await DeliveryHttp.GetAsync(client, $"{DeliveryApiRoutes.Content}/item{routePath}", Headers(acceptLanguage));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} for {routePath}: {body}");
        return (JsonNode.Parse(body)!, response.Headers.Age is not null);
    }

    public static IReadOnlyList<JsonNode> Items(JsonNode page) => page["items"]!.AsArray().Select(i => i!).ToList();

    public static Guid Id(JsonNode item) => Guid.Parse((string)item["id"]!);

    public static string Name(JsonNode item) => (string)item["name"]!;

    public static string RoutePath(JsonNode item) => (string)item["route"]!["path"]!;

    public static string? Property(JsonNode item, string alias) => (string?)item["properties"]![alias];

    private static (string, string)[] Headers(string? acceptLanguage) =>
        acceptLanguage is null ? [] : [("Accept-Language", acceptLanguage)];
}
