using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ZhuwaGen.Tourism.Forms.Bookings;

namespace ZhuwaGen.Tourism.Forms.Api;

/// <summary>
/// POST /umbraco/forms/bookings/cancel?token=…: the guest's cancel link (this site's own, not Umbraco's). 204 when
/// cancelled; 400 a forged or altered token; 410 an expired one; 409 a booking already cancelled, declined or expired
/// (a replayed link); 404 a booking that no longer exists.
/// </summary>
internal static class CancelBooking
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder routes) =>
        routes.MapPost(CancelLinks.Path, HandleAsync).RequireRateLimiting(FormsRateLimits.EntryPost).DisableAntiforgery();

    private static async Task<Results<NoContent, ProblemHttpResult>> HandleAsync(string? token, BookingService bookings, CancellationToken cancellationToken) =>
        await bookings.CancelWithTokenAsync(token, cancellationToken) switch
        {
            BookingOperationStatus.Success => TypedResults.NoContent(),
            BookingOperationStatus.ExpiredToken => FormsProblems.Problem(StatusCodes.Status410Gone, "Cancel link expired", "Contact the guesthouse to cancel."),
            BookingOperationStatus.AlreadyCancelled => FormsProblems.Problem(StatusCodes.Status409Conflict, "Booking no longer open", "The booking was already cancelled, declined or expired."),
            BookingOperationStatus.NotFound => FormsProblems.Problem(StatusCodes.Status404NotFound, "Booking not found"),
            _ => FormsProblems.Problem(StatusCodes.Status400BadRequest, "Invalid cancel link", "The link is not one this site made."),
        };
}
