namespace ZhuwaGen.Tourism.Cms.Management.Security;

/// <summary>
/// How sign-in and the token endpoint resist guessing ("Cms:Security"): which proxies may name the client, how many
/// attempts a client or an account gets, and whether the sign-in cookie is sent only over HTTPS.
/// </summary>
public sealed class SignInSecurityOptions
{
    public const string SectionName = "Cms:Security";

    /// <summary>Addresses of reverse proxies whose X-Forwarded-For names the real client (e.g. "10.0.0.5").</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of reverse proxies in CIDR form (e.g. "10.0.0.0/8").</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>Wrong passwords in a row before an account is locked for <see cref="LockoutDuration"/>.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Sign-in posts one client address may make per minute, whatever the account.</summary>
    public int SignInsPerClientPerMinute { get; set; } = 10;

    /// <summary>Token requests one client address may make per minute.</summary>
    public int TokenRequestsPerClientPerMinute { get; set; } = 30;

    /// <summary>Token requests one client_id may make per minute, from anywhere.</summary>
    public int TokenRequestsPerClientIdPerMinute { get; set; } = 10;

    /// <summary>Send the sign-in cookie only over HTTPS even if a request arrives over plain HTTP.</summary>
    public bool RequireHttpsCookies { get; set; }
}
