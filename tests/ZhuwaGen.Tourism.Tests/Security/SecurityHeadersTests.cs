using System.Net;
using System.Text.RegularExpressions;
using ZhuwaGen.Tourism.Cms.Management;

namespace ZhuwaGen.Tourism.Tests.Security;

/// <summary>
/// Every kind of response carries the security headers, and the HTML ones a Content-Security-Policy without
/// 'unsafe-inline' whose per-response nonce is on every inline script and style tag.
/// </summary>
public sealed partial class SecurityHeadersTests(HeadersSite fixture) : IClassFixture<HeadersSite>
{
    private const string ScalarStyleAttributes = "style-src-attr 'unsafe-inline'";

    public static TheoryData<string> HtmlPages =>
    [
        "/", "/en/", "/sangjiu-baga/sangjiu-red-station/", "/no-such-page/", ManagementApiRoutes.Login, "install",
        ManagementApiRoutes.OpenApiUi + "/",
    ];

    public static TheoryData<string> OtherResponses =>
    [
        "/umbraco/delivery/api/v2/content", ManagementApiRoutes.OpenApiDocument, ManagementApiRoutes.Base + "/tree/document/root",
        "/healthz", "/css/site.css", "media", ManagementApiRoutes.OpenApiUi, "/umbraco/delivery/api/v2/content/item/no-such-item",
    ];

    [Theory]
    [MemberData(nameof(HtmlPages))]
    [MemberData(nameof(OtherResponses))]
    public async Task Every_response_type_carries_nosniff_frame_and_referrer_headers(string path)
    {
        using var client = fixture.Client();
        using var response = await client.GetAsync(Resolve(path));

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"));
        // The install link carries its one-time token, so its page keeps no-referrer (set by the install endpoint).
        Assert.Equal(path == "install" ? "no-referrer" : "strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
    }

    [Theory]
    [MemberData(nameof(HtmlPages))]
    public async Task Html_pages_have_a_nonce_policy_without_unsafe_inline(string path)
    {
        using var client = fixture.Client();
        using var response = await client.GetAsync(Resolve(path));

        Assert.StartsWith("text/html", response.Content.Headers.ContentType?.MediaType);
        var policy = Header(response, "Content-Security-Policy");

        // The API reference alone lets style attributes through (Scalar's markup carries them); nothing else inline.
        if (path == ManagementApiRoutes.OpenApiUi + "/")
        {
            Assert.EndsWith("; " + ScalarStyleAttributes, policy);
            policy = policy[..^(ScalarStyleAttributes.Length + 2)];
        }

        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.DoesNotContain("unsafe-eval", policy);
        foreach (var directive in new[]
        {
            "default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
            $"script-src 'self' 'nonce-{Nonce(policy)}'", $"style-src 'self' 'nonce-{Nonce(policy)}'",
        })
        {
            Assert.Contains(directive, policy);
        }
    }

    [Theory]
    [MemberData(nameof(HtmlPages))]
    public async Task Every_inline_script_and_style_tag_carries_the_nonce_of_its_response(string path)
    {
        using var client = fixture.Client();
        using var response = await client.GetAsync(Resolve(path));
        var nonce = Nonce(Header(response, "Content-Security-Policy"));
        var html = await response.Content.ReadAsStringAsync();

        foreach (Match tag in ScriptOrStyleTag().Matches(html))
        {
            var inline = !tag.Value.Contains(" src=", StringComparison.Ordinal);
            // A JSON-LD data block is never run, so no policy applies to it (and the page stays output-cacheable).
            var dataBlock = tag.Value.Contains("type=\"application/ld+json\"", StringComparison.Ordinal);
            if (!dataBlock && inline)
            {
                Assert.Contains($"nonce=\"{nonce}\"", tag.Value);
            }
            else if (!inline)
            {
                // A script file is allowed by 'self' only: it must come from this site (a relative URL).
                Assert.DoesNotMatch("\\ssrc=\"([a-z]+:)?//", tag.Value);
            }
        }

        Assert.DoesNotMatch(EventHandlerOrStyleAttribute(), html);
    }

    [Theory]
    [MemberData(nameof(HtmlPages))]
    [MemberData(nameof(OtherResponses))]
    public async Task Head_gets_the_same_status_and_headers_as_get_without_a_body(string path)
    {
        using var client = fixture.Client();
        using var get = await client.GetAsync(Resolve(path));
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, Resolve(path)));
        var headBody = await head.Content.ReadAsByteArrayAsync();

        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Equal(WithoutNonce(Header(get, "Content-Security-Policy")), WithoutNonce(Header(head, "Content-Security-Policy")));
        foreach (var name in new[] { "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy" })
        {
            Assert.Equal(Header(get, name), Header(head, name));
        }

        Assert.Equal(get.Headers.CacheControl?.ToString(), head.Headers.CacheControl?.ToString());
        Assert.Empty(headBody);
    }

    [Fact]
    public async Task Each_response_gets_its_own_nonce()
    {
        using var client = fixture.Client();
        using var first = await client.GetAsync("/");
        using var second = await client.GetAsync("/");

        Assert.NotEqual(Nonce(Header(first, "Content-Security-Policy")), Nonce(Header(second, "Content-Security-Policy")));
    }

    [Fact]
    public async Task Plain_pages_take_their_styles_from_a_stylesheet_of_this_host()
    {
        using var client = fixture.Client();
        var html = await client.GetStringAsync("/");
        using var css = await client.GetAsync("/css/site.css");

        Assert.Contains("<link rel=\"stylesheet\" href=\"/css/site.css?v=", html);
        Assert.DoesNotContain("<style", html);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Contains("box-sizing:border-box", await css.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Api_reference_loads_every_script_from_this_host_and_gives_scalar_its_style_nonce()
    {
        using var client = fixture.Client();
        using var response = await client.GetAsync(ManagementApiRoutes.OpenApiUi + "/");
        var nonce = Nonce(Header(response, "Content-Security-Policy"));
        var html = await response.Content.ReadAsStringAsync();

        // Scalar's bundle gives the <style> it injects the nonce it reads from this meta tag, and the style-nonce
        // script, before the bundle, gives it to the <style> elements of the toasts and the code editor.
        Assert.Contains($"<meta property=\"csp-nonce\" content=\"{nonce}\">", html);
        Assert.True(html.IndexOf("style-nonce.js", StringComparison.Ordinal) < html.IndexOf("scalar.js", StringComparison.Ordinal));
        var sources = ScriptSource().Matches(html).Select(m => m.Groups["src"].Value).ToList();
        Assert.NotEmpty(sources);
        Assert.All(sources, src => Assert.DoesNotContain("//", src));
        foreach (var src in sources)
        {
            using var script = await client.GetAsync(ManagementApiRoutes.OpenApiUi + "/" + src);
            Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        }
    }

    [Fact]
    public async Task Api_reference_nonce_matches_its_own_response_under_parallel_requests()
    {
        using var client = fixture.Client();
        var pages = await Task.WhenAll(Enumerable.Range(0, 16).Select(async _ =>
        {
            using var response = await client.GetAsync(ManagementApiRoutes.OpenApiUi + "/");
            return (Nonce(Header(response, "Content-Security-Policy")), await response.Content.ReadAsStringAsync());
        }));

        foreach (var (nonce, html) in pages)
        {
            Assert.Equal(4, Regex.Count(html, $"nonce=\"{nonce}\""));
            Assert.Single(Regex.Matches(html, "csp-nonce"));
        }
    }

    [Fact]
    public async Task The_style_nonce_script_gives_script_made_style_elements_the_pages_nonce_and_is_a_script_of_this_host()
    {
        using var client = fixture.Client();
        using var script = await client.GetAsync(ManagementApiRoutes.OpenApiUi + "/style-nonce.js");
        var body = await script.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Contains("meta[property=\"csp-nonce\"]", body);
        Assert.Contains("element.nonce = nonce", body);
    }

    [Fact]
    public async Task Json_and_media_get_a_policy_that_loads_nothing()
    {
        using var client = fixture.Client();
        using var json = await client.GetAsync("/umbraco/delivery/api/v2/content");
        using var media = await client.GetAsync(fixture.MediaUrl);

        Assert.Equal(HttpStatusCode.OK, media.StatusCode);
        Assert.Equal("image/png", media.Content.Headers.ContentType?.MediaType);
        Assert.Equal("default-src 'none'; frame-ancestors 'none'", Header(json, "Content-Security-Policy"));
        Assert.Equal("default-src 'none'; frame-ancestors 'none'", Header(media, "Content-Security-Policy"));
    }

    private string Resolve(string path) => path switch
    {
        "install" => fixture.InstallUrl,
        "media" => fixture.MediaUrl,
        _ => path,
    };

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{(int)response.StatusCode} {response.RequestMessage?.RequestUri} has no {name} header");

    private static string WithoutNonce(string policy) => NonceSource().Replace(policy, "'nonce-…'");

    private static string Nonce(string policy)
    {
        var match = NonceSource().Match(policy);
        Assert.True(match.Success, "no nonce in " + policy);
        return match.Groups["nonce"].Value;
    }

    [GeneratedRegex("'nonce-(?<nonce>[A-Za-z0-9_\\-+/=]+)'")]
    private static partial Regex NonceSource();

    [GeneratedRegex("<(?<name>script|style)\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptOrStyleTag();

    [GeneratedRegex("<script[^>]* src=\"(?<src>[^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptSource();

    // Inline event handlers and style attributes need 'unsafe-inline' (or 'unsafe-hashes'); no page may rely on them.
    [GeneratedRegex("<[a-z][^>]*\\s(on[a-z]+|style)\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerOrStyleAttribute();
}
