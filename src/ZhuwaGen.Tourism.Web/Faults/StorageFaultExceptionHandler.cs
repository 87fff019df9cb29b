using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using ZhuwaGen.Tourism.Cms.Persistence.Faults;

namespace ZhuwaGen.Tourism.Web.Faults;

/// <summary>
/// A storage failure (read-only or full disk, I/O error, PostgreSQL down) answers 503 with a problem body that says
/// the site is read-only for now, instead of a bare 500: the visitor learns to come back, the operator what broke.
/// </summary>
internal sealed class StorageFaultExceptionHandler(
    StorageWriteHealth health, IProblemDetailsService problems, ILogger<StorageFaultExceptionHandler> logger) : IExceptionHandler
{
    public const string Title = "The site is read-only for now";
    private const int RetryAfterSeconds = 60;

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var fault = StorageFaultClassifier.Classify(exception);
        if (fault == StorageFault.None)
        {
            return false;
        }

        // Media writes fail outside EF Core, so the interceptor has not seen this one.
        health.RecordFailure(fault, exception.GetBaseException().Message);
        logger.LogError("Storage failure ({Fault}) on {Method} {Path}: {Message}",
            fault, context.Request.Method, context.Request.Path, exception.GetBaseException().Message);

        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var written = await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Type = "https://tools.ietf.org/html/rfc9110#section-15.6.4",
                Title = Title,
                Detail = Detail(fault),
            },
        });
        if (!written)
        {
            // A client that accepts no JSON still learns why, rather than getting an empty 503.
            await context.Response.WriteAsync($"{Title}. {Detail(fault)}", cancellationToken);
        }

        return true;
    }

    private static string Detail(StorageFault fault) => fault switch
    {
        StorageFault.Full => "Nothing could be saved because the server's disk is full. Reading the site still works; please try again later.",
        StorageFault.ReadOnly => "Nothing could be saved because the server's storage is read-only. Reading the site still works; please try again later.",
        _ => "Nothing could be saved because the server's storage cannot be reached. Please try again later.",
    };
}
