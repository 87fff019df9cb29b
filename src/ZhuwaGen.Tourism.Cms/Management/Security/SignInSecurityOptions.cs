namespace ZhuwaGen.Tourism.Cms.Management.Security;

/// <summary>
/// How sign-in and the token endpoint resist guessing ("Cms:Security"): which proxies may name the client, how many
/// attempts a client gets, when guesses lock one client out of an account and when they slow the whole account down,
/// and whether the sign-in cookie is sent only over HTTPS.
/// </summary>
public sealed class SignInSecurityOptions
{
    public const string SectionName = "Cms:Security";

    /// <summary>Addresses of reverse proxies whose X-Forwarded-For names the real client (e.g. "10.0.0.5").</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of reverse proxies in CIDR form (e.g. "10.0.0.0/8").</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>
    /// Wrong passwords (or client secrets) in a row from one client before that client is locked out of that account
    /// for <see cref="LockoutDuration"/>. Other clients are not locked out.
    /// </summary>
    public int MaxFailedSignIns { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Wrong guesses for one account from all clients in a lockout period after which every attempt waits.</summary>
    public int AccountSlowdownAfter { get; set; } = 20;

    /// <summary>How long each attempt at an account under a wide guessing attack waits, the right secret included.</summary>
    public TimeSpan AccountSlowdownDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>(account, client) pairs and accounts whose guesses are remembered; the least recently used go first.</summary>
    public int MaxTrackedGuessers { get; set; } = 100_000;

    /// <summary>Sign-in posts one client address may make per minute, whatever the account.</summary>
    public int SignInsPerClientPerMinute { get; set; } = 10;

    /// <summary>Token requests one client address may make per minute.</summary>
    public int TokenRequestsPerClientPerMinute { get; set; } = 30;

    /// <summary>
    /// Administrators must use two-factor sign-in: one without it is sent to set it up before any other back-office
    /// screen, and the Management API refuses their cookie until then.
    /// </summary>
    public bool RequireTwoFactorForAdmins { get; set; }

    /// <summary>Send the sign-in cookie only over HTTPS even if a request arrives over plain HTTP.</summary>
    public bool RequireHttpsCookies { get; set; }
}
