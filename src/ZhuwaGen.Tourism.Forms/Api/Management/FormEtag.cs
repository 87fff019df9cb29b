using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace ZhuwaGen.Tourism.Forms.Api.Management;

/// <summary>A form's revision as its ETag (<c>"3"</c>), and back from If-Match, so HTTP clients can use either.</summary>
internal static class FormEtag
{
    public static void Set(HttpContext context, int revision) =>
        context.Response.Headers.ETag = string.Create(CultureInfo.InvariantCulture, $"\"{revision}\"");

    /// <summary>The revision named by If-Match; null when there is none or it is not one of ours.</summary>
    public static int? FromIfMatch(HttpRequest request)
    {
        var value = request.Headers.IfMatch.ToString().Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal))
        {
            value = value[2..];
        }

        return int.TryParse(value.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var revision) ? revision : null;
    }
}
