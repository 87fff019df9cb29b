namespace ZhuwaGen.Tourism.Web.Backoffice.Admin;

/// <summary>The administration screens' paths (administrators only).</summary>
internal static class AdminRoutes
{
    public const string Home = "/umbraco/admin";
    public const string Users = Home + "/users";
    public const string ApiUsers = Home + "/api-users";
    public const string Webhooks = Home + "/webhooks";
    public const string TwoFactor = BackofficeRoutes.Account + "/two-factor";
    public const string SignInCode = BackofficeRoutes.Login + "/code";

    public static string User(Guid key) => $"{Users}/{key:D}";

    public static string Webhook(Guid key) => $"{Webhooks}/{key:D}";
}
