using System.Net;
using System.Text.Json.Nodes;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Contracts;

/// <summary>A response's status, media type and whole body against Contracts/Snapshots/{name}.json (same file for both providers).</summary>
internal static class Snapshot
{
    public static async Task MatchesAsync(
        HttpResponseMessage response, HttpStatusCode status, string mediaType, string name,
        IEnumerable<string>? volatileMembers = null, IReadOnlyDictionary<string, string>? replacements = null,
        bool ignoreDateOffsets = false)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode} (expected {(int)status}): {body}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        JsonSnapshot.Matches("Contracts/Snapshots", name, JsonNode.Parse(body)!, volatileMembers, replacements, ignoreDateOffsets);
    }
}
