using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Bookings;

/// <summary>
/// What every screen of the guesthouse side shares: owners and administrators only (any other signed-in role gets the
/// 403 page), antiforgery on every post, and nothing in the Management API's OpenAPI document.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[Authorize(AuthenticationSchemes = BackOfficeSchemes.Cookie, Roles = BackofficeUser.BookingRoles)]
[ForbiddenAsPage]
[AutoValidateAntiforgeryToken]
public abstract class BookingsController : Controller;
