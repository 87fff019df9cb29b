namespace ZhuwaGen.Tourism.Cms.Management;

/// <summary>Settings of the Management API (<c>Cms:ManagementApi</c>).</summary>
public sealed class ManagementApiOptions
{
    public const string SectionName = "Cms:ManagementApi";

    /// <summary>How long an API user's access token is valid; Umbraco's default is one hour.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a back-office sign-in lasts without activity (sliding).</summary>
    public TimeSpan CookieLifetime { get; set; } = TimeSpan.FromHours(8);
}
