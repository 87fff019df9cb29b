namespace ZhuwaGen.Tourism.Cms.Users;

/// <summary>How password reset links are made (<c>Cms:Security:PasswordReset</c>) and where they point.</summary>
public sealed class PasswordResetOptions
{
    public const string SectionName = "Cms:Security:PasswordReset";

    /// <summary>How long a reset link works.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long the set-your-password link of a new account works (it still works only once).</summary>
    public TimeSpan InviteLinkLifetime { get; set; } = TimeSpan.FromDays(3);

    /// <summary>
    /// The site's public address for the link in the mail, Umbraco's <c>Umbraco:CMS:WebRouting:UmbracoApplicationUrl</c>
    /// (bound there). Never taken from the request: a forged Host header would send the victim a link to another site.
    /// Without it the mail carries the code to paste on the reset page instead of a link.
    /// </summary>
    public string? ApplicationUrl { get; set; }
}
