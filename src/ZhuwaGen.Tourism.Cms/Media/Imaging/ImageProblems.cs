using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ZhuwaGen.Tourism.Cms.Media.Imaging;

/// <summary>The answers of <c>/media</c> when no image is sent (RFC 9457 problem details).</summary>
internal static class ImageProblems
{
    public static ValidationProblem Invalid(ImageQueryError error) => TypedResults.ValidationProblem(
        new Dictionary<string, string[]> { [error.Parameter] = [error.Message] },
        detail: error.Message,
        title: "Invalid image request");

    public static ProblemHttpResult TooManyRequests(HttpContext context, TimeSpan retryAfter)
    {
        context.Response.Headers.RetryAfter = ((int)Math.Ceiling(Math.Max(1, retryAfter.TotalSeconds))).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            "This client has asked for too many new image sizes; try again later or use the sizes the site links to.",
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many image requests");
    }

    public static ProblemHttpResult For(HttpContext context, ImageVariantStatus status)
    {
        context.Response.Headers.RetryAfter = status == ImageVariantStatus.Busy ? "2" : "30";
        return status == ImageVariantStatus.Busy
            ? TypedResults.Problem("The server is making other images; try again shortly.", statusCode: StatusCodes.Status503ServiceUnavailable, title: "Image processing busy")
            : TypedResults.Problem("The image cache cannot be written just now, so new image sizes cannot be made; originals are still served.", statusCode: StatusCodes.Status503ServiceUnavailable, title: "Image storage unavailable");
    }
}
