namespace ZhuwaGen.Tourism.Web.Backoffice.Admin;

/// <summary>
/// Marks the screens an administrator without a second factor still reaches when the site requires one: sign-in,
/// sign-out, password reset and the two-factor set-up itself.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AllowWithoutTwoFactorAttribute : Attribute;
