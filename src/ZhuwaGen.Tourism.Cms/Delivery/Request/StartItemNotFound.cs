using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace ZhuwaGen.Tourism.Cms.Delivery.Request;

/// <summary>
/// Umbraco's answer when the Start-Item header names no root (ValidateStartItemAttribute): 404 with the bare message
/// in a NotFoundObjectResult, which MVC's content negotiation writes as text/plain, or as a JSON string when the client
/// accepts JSON and not text.
/// </summary>
internal static class StartItemNotFound
{
    public const string Message = "The Start-Item could not be found";

    public static IResult For(HttpRequest request) =>
        PrefersJson(request)
            ? TypedResults.Json(Message, statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Text(Message, "text/plain", Encoding.UTF8, StatusCodes.Status404NotFound);

    // MVC ignores an Accept header that contains */* (RespectBrowserAcceptHeader is off) and then, like for no header
    // or no match, uses its first formatter that can write a string: the plain-text one.
    private static bool PrefersJson(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().Accept;
        if (accepted.Count == 0 || accepted.Any(a => a.MatchesAllTypes))
        {
            return false;
        }

        foreach (var type in accepted.Where(a => (a.Quality ?? 1) > 0).OrderByDescending(a => a.Quality ?? 1))
        {
            if (type.IsSubsetOf(new MediaTypeHeaderValue("text/plain")) || new MediaTypeHeaderValue("text/plain").IsSubsetOf(type))
            {
                return false;
            }

            if (new MediaTypeHeaderValue("application/json").IsSubsetOf(type) || type.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
