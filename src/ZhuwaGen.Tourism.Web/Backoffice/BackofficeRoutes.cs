using ZhuwaGen.Tourism.Cms.Management;

namespace ZhuwaGen.Tourism.Web.Backoffice;

/// <summary>The back-office's own paths under /umbraco, beside the Management API and Delivery API.</summary>
internal static class BackofficeRoutes
{
    public const string Home = "/umbraco";
    public const string Login = ManagementApiRoutes.Login;
    public const string Logout = ManagementApiRoutes.Logout;
    public const string ForgotPassword = "/umbraco/login/forgot";
    public const string ResetPassword = ZhuwaGen.Tourism.Cms.Users.PasswordResetMail.ResetPath;
    public const string Account = "/umbraco/account";
    public const string Assets = "/umbraco/assets";
    public const string ServiceWorker = "/umbraco/sw.js";
    public const string Bookings = "/umbraco/bookings";

    /// <summary>A guesthouse's room-status calendar, blocks and calendar sync in the bookings inbox.</summary>
    public static string Stay(Guid guesthouse) => $"{Bookings}/stays/{guesthouse:D}";

    /// <summary>The list of one tab, e.g. /umbraco/stops.</summary>
    public static string List(string section) => $"/umbraco/{section}";

    public static string Edit(Guid key, string? culture = null) =>
        culture is null ? $"/umbraco/content/{key}" : $"/umbraco/content/{key}?culture={Uri.EscapeDataString(culture)}";

    public static string New(string section) => $"/umbraco/{section}/new";
}
