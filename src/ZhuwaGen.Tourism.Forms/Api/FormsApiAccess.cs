using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace ZhuwaGen.Tourism.Forms.Api;

/// <summary>
/// Who may call the Forms API (contract §2.4): a request with an Api-Key header must match
/// Umbraco:Forms:Security:FormsApiKey (401 otherwise); without one, a post needs a valid antiforgery token (400
/// otherwise) unless antiforgery is turned off, and when it is off and a key is configured, the key is required.
/// </summary>
internal sealed class FormsApiAccess(IOptions<FormsApiOptions> options, IAntiforgery antiforgery, IOptions<AntiforgeryOptions> antiforgeryOptions)
{
    public const string ApiKeyHeader = "Api-Key";

    /// <summary>Umbraco Forms' header for the antiforgery request token (ASP.NET's default name).</summary>
    public const string TokenHeader = "RequestVerificationToken";

    public async Task<ProblemHttpResult?> RefusalAsync(HttpContext context, bool isPost)
    {
        var security = options.Value.Security;
        var configured = security.FormsApiKey;
        if (context.Request.Headers.TryGetValue(ApiKeyHeader, out var given))
        {
            return !string.IsNullOrEmpty(configured) && KeysMatch(given.ToString(), configured)
                ? null
                : FormsProblems.Problem(StatusCodes.Status401Unauthorized, "Unauthorized", "The Api-Key header does not match.");
        }

        if (!security.EnableAntiForgeryTokenForFormsApi)
        {
            return string.IsNullOrEmpty(configured)
                ? null
                : FormsProblems.Problem(StatusCodes.Status401Unauthorized, "Unauthorized", "Send the Api-Key header.");
        }

        // The site's antiforgery reads the back-office header name; a Forms client sends Umbraco's.
        var siteHeader = antiforgeryOptions.Value.HeaderName;
        if (siteHeader is not null && context.Request.Headers.TryGetValue(TokenHeader, out var token) && !context.Request.Headers.ContainsKey(siteHeader))
        {
            context.Request.Headers[siteHeader] = token;
        }

        if (isPost && !await antiforgery.IsRequestValidAsync(context))
        {
            return FormsProblems.Problem(StatusCodes.Status400BadRequest, "Invalid antiforgery token",
                "Send the antiforgery request token in the RequestVerificationToken header, or an Api-Key.");
        }

        return null;
    }

    private static bool KeysMatch(string given, string configured) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(configured)));
}
