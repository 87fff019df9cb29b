namespace ZhuwaGen.Tourism.Cms.Users;

/// <summary>How long password reset and invitation links work (<c>Cms:Security:PasswordReset</c>).</summary>
public sealed class PasswordResetOptions
{
    public const string SectionName = "Cms:Security:PasswordReset";

    /// <summary>How long a reset link works.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long the set-your-password link of a new account works (it still works only once).</summary>
    public TimeSpan InviteLinkLifetime { get; set; } = TimeSpan.FromDays(3);
}
