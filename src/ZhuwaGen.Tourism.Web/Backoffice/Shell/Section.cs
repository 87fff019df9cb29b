using System.Security.Claims;
using ZhuwaGen.Tourism.Cms.Users;

namespace ZhuwaGen.Tourism.Web.Backoffice.Shell;

/// <summary>
/// One tab of the bottom bar: its path segment, its string key and the document type it lists (null for the photo
/// library and the bookings inbox). Which tabs a user gets depends on the role: editors and writers the content tabs;
/// a guesthouse owner the bookings inbox only; an administrator both.
/// </summary>
public sealed record Section(string Slug, string TextKey, string? ContentTypeAlias)
{
    public static readonly Section Stops = new("stops", "TabStops", "routeStop");
    public static readonly Section Events = new("events", "TabEvents", "event");
    public static readonly Section Stories = new("stories", "TabStories", "story");
    public static readonly Section Stays = new("stays", "TabStays", "guesthouse");
    public static readonly Section Photos = new("photos", "TabPhotos", null);
    public static readonly Section Bookings = new("bookings", "TabBookings", null);

    public static IReadOnlyList<Section> Content { get; } = [Stops, Events, Stories, Stays];

    public static IReadOnlyList<Section> For(ClaimsPrincipal user) =>
        [
            .. BackofficeUser.CanEditContent(user) ? [Stops, Events, Stories, Stays, Photos] : Array.Empty<Section>(),
            .. BackofficeUser.CanManageBookings(user) ? [Bookings] : Array.Empty<Section>(),
        ];

    public static Section? Find(string? slug) =>
        Content.Concat([Photos]).FirstOrDefault(s => string.Equals(s.Slug, slug, StringComparison.OrdinalIgnoreCase));

    /// <summary>The tab that lists documents of this type, if any.</summary>
    public static Section? ForType(string contentTypeAlias) =>
        Content.FirstOrDefault(s => string.Equals(s.ContentTypeAlias, contentTypeAlias, StringComparison.OrdinalIgnoreCase));
}

/// <summary>What the signed-in person may do, read from the cookie's role claim.</summary>
public static class BackofficeUser
{
    /// <summary>The roles that see and save content (admin, editor, writer), as the attribute's comma list.</summary>
    public const string ContentRoles = UserRoles.Admin + "," + UserRoles.Editor + "," + UserRoles.Writer;

    public static bool CanEditContent(ClaimsPrincipal user) =>
        user.IsInRole(UserRoles.Admin) || user.IsInRole(UserRoles.Editor) || user.IsInRole(UserRoles.Writer);

    /// <summary>The roles that open the bookings inbox: owners (their guesthouses) and admins (every guesthouse).</summary>
    public const string BookingRoles = UserRoles.Admin + "," + UserRoles.GuesthouseOwner;

    public static bool CanManageBookings(ClaimsPrincipal user) => user.IsInRole(UserRoles.Admin) || user.IsInRole(UserRoles.GuesthouseOwner);

    /// <summary>Only these see publish and unpublish buttons: a writer never gets one that would fail.</summary>
    public static bool CanPublish(ClaimsPrincipal user) => user.IsInRole(UserRoles.Admin) || user.IsInRole(UserRoles.Editor);
}
