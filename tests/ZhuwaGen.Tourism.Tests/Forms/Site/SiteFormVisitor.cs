using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Forms.Site;

/// <summary>
/// One visitor with a browser's cookie jar and no JavaScript: GETs a page, reads the form's hidden fields (antiforgery
/// token, idempotency key) from the HTML and posts the form as a browser would. Redirects are not followed, so a test
/// sees the 303.
/// </summary>
public sealed partial class SiteFormVisitor(SiteFactory site) : IDisposable
{
    private readonly HttpClient _client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public string? Token { get; private set; }

    public string? IdempotencyKey { get; private set; }

    public async Task<(HttpStatusCode Status, string Html, HttpResponseMessage Response)> GetAsync(string path)
    {
        var response = await _client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Token = Hidden(html, "__RequestVerificationToken") ?? Token;
        IdempotencyKey = Hidden(html, "_idempotency") ?? IdempotencyKey;
        return (response.StatusCode, html, response);
    }

    /// <summary>Posts the fields with the page's token and key (unless the fields give their own, or <paramref name="withToken"/> is false).</summary>
    public async Task<(HttpStatusCode Status, string Html, HttpResponseMessage Response)> PostAsync(
        string path, IEnumerable<KeyValuePair<string, string>> fields, bool withToken = true)
    {
        var all = fields.ToList();
        if (withToken && Token is not null && all.All(f => f.Key != "__RequestVerificationToken"))
        {
            all.Add(new("__RequestVerificationToken", Token));
        }

        if (IdempotencyKey is not null && all.All(f => f.Key != "_idempotency"))
        {
            all.Add(new("_idempotency", IdempotencyKey));
        }

        var response = await _client.PostAsync(path, new FormUrlEncodedContent(all));
        var html = await response.Content.ReadAsStringAsync();
        Token = Hidden(html, "__RequestVerificationToken") ?? Token;
        return (response.StatusCode, html, response);
    }

    /// <summary>A stay at the sample Sangjiu Courtyard: check-in <paramref name="fromToday"/> days ahead (China's today is at most a day off UTC's).</summary>
    public static List<KeyValuePair<string, string>> Stay(Guid roomType, int fromToday, int nights = 2, string guests = "2", string phone = "+86 138 0000 0000", string? email = "guest@example.org") =>
    [
        new("checkIn", Bodies.Day(fromToday)),
        new("checkOut", Bodies.Day(fromToday + nights)),
        new("roomType", roomType.ToString("D")),
        new("guests", guests),
        new("name", "Ada Guest"),
        new("phone", phone),
        new("email", email ?? string.Empty),
        new("consent", "on"),
    ];

    /// <summary>A field's own message (class field-error) as the page shows it, or null.</summary>
    public static string? FieldError(string html, string alias) =>
        Regex.Match(html, $"<p class=\"field-error\" id=\"f-{Regex.Escape(alias)}-error\">([^<]*)</p>") is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    /// <summary>The value an input shows (what the visitor typed), or null.</summary>
    public static string? InputValue(string html, string alias) =>
        Regex.Match(html, $"<input id=\"f-{Regex.Escape(alias)}\" name=\"{Regex.Escape(alias)}\" value=\"([^\"]*)\"") is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    private static string? Hidden(string html, string name) =>
        Regex.Match(html, $"name=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"") is { Success: true } m ? m.Groups[1].Value : null;

    public void Dispose() => _client.Dispose();
}
