using System.IO.Compression;
using System.Net;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using static ZhuwaGen.Tourism.Tests.Delivery.DeliveryHttp;

namespace ZhuwaGen.Tourism.Tests.Delivery;

/// <summary>
/// A stored item is sent in the coding the request accepts best, from bytes compressed when it was rendered; each
/// coding is its own representation (own ETag), and the output cache keeps them apart.
/// </summary>
public sealed class CompressionTests(DeliverySites sites) : IClassFixture<DeliverySites>
{
    [Theory]
    [BothProvidersInlineData("br", "br")]
    [BothProvidersInlineData("gzip, deflate, br", "br")]
    [BothProvidersInlineData("gzip", "gzip")]
    [BothProvidersInlineData("br;q=0, gzip", "gzip")]
    [BothProvidersInlineData("gzip;q=0.5, br;q=0.4", "gzip")]
    [BothProvidersInlineData("*", "br")]
    [BothProvidersInlineData("identity", "")]
    [BothProvidersInlineData("", "")]
    public async Task An_item_comes_in_the_best_accepted_coding_and_decodes_to_the_same_json(DatabaseProvider provider, string acceptEncoding, string expected)
    {
        using var client = (await sites.GetAsync(provider)).CreateClient();
        using var plain = await GetAsync(client, $"item/{Route}");
        var plainBytes = await plain.Content.ReadAsByteArrayAsync();

        using var response = await GetAsync(client, $"item/{Route}", ("Accept-Encoding", acceptEncoding));
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, string.Join(",", response.Content.Headers.ContentEncoding));
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Equal(plainBytes, Decode(expected, body));
        Assert.Equal(body.Length, response.Content.Headers.ContentLength);
        if (expected != "")
        {
            Assert.True(body.Length < plainBytes.Length, $"{expected}: {body.Length} bytes, plain {plainBytes.Length}");
            Assert.NotEqual(plain.Headers.ETag, response.Headers.ETag);
        }
    }

    [Theory, BothProviders]
    public async Task A_coding_revalidates_against_its_own_etag(DatabaseProvider provider)
    {
        using var client = (await sites.GetAsync(provider)).CreateClient();
        using var brotli = await GetAsync(client, $"item/{Route}", ("Accept-Encoding", "br"));
        var etag = brotli.Headers.ETag!.ToString();

        using var same = await GetAsync(client, $"item/{Route}", ("Accept-Encoding", "br"), ("If-None-Match", etag));
        using var other = await GetAsync(client, $"item/{Route}", ("Accept-Encoding", "gzip"), ("If-None-Match", etag));

        Assert.Equal(HttpStatusCode.NotModified, same.StatusCode);
        Assert.Empty(same.Content.Headers.ContentEncoding);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(["gzip"], other.Content.Headers.ContentEncoding);
    }

    [Theory, BothProviders]
    public async Task The_output_cache_never_hands_one_coding_to_a_client_asking_for_another(DatabaseProvider provider)
    {
        // The output cache is on: the same URL asked in turn with each coding is answered from it after the first.
        using var client = (await sites.GetAsync(provider)).CreateClient();
        var url = $"item/{Route}?fields=properties[summary]";
        foreach (var (accept, expected) in new[] { ("br", "br"), ("", ""), ("gzip", "gzip"), ("", ""), ("br", "br") })
        {
            using var response = await GetAsync(client, url, ("Accept-Encoding", accept));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(expected, string.Join(",", response.Content.Headers.ContentEncoding));
        }
    }

    private static byte[] Decode(string coding, byte[] body)
    {
        if (coding == "")
        {
            return body;
        }

        using var input = new MemoryStream(body);
        using Stream decoder = coding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}
