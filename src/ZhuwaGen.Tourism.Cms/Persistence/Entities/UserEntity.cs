namespace ZhuwaGen.Tourism.Cms.Persistence.Entities;

/// <summary>A back-office user. The password is stored only as an ASP.NET Core Identity hash.</summary>
public sealed class UserEntity
{
    public int Id { get; set; }

    public Guid Key { get; set; }

    public required string Name { get; set; }

    public required string Email { get; set; }

    public required string PasswordHash { get; set; }

    public required string Role { get; set; }

    /// <summary>"Default" for people, "Api" for API users that sign in with OAuth2 client credentials.</summary>
    public string Kind { get; set; } = "Default";

    /// <summary>The OAuth2 client id of an API user; null for people.</summary>
    public string? ClientId { get; set; }

    public DateTime CreateDate { get; set; }

    /// <summary>
    /// Changes whenever the user's sessions must end (sign-out, new password, new role); the sign-in cookie carries
    /// the value it was issued with and is refused once they differ.
    /// </summary>
    public string SecurityStamp { get; set; } = string.Empty;

    /// <summary>
    /// No longer counted: lockout is per (account, client) in memory (<c>GuessThrottle</c>). Kept so that the schema
    /// does not change; a successful sign-in clears what an older version wrote.
    /// </summary>
    public int AccessFailedCount { get; set; }

    /// <summary>No longer read, for the same reason as <see cref="AccessFailedCount"/>; cleared on sign-in.</summary>
    public DateTime? LockoutEnd { get; set; }

    /// <summary>
    /// True only on the administrator made by the install (link or unattended); null on everyone else. A unique index
    /// lets one row hold it, so racing installs cannot both commit: the insert is the token's retirement.
    /// </summary>
    public bool? FirstAdministrator { get; set; }

    /// <summary>A disabled person cannot sign in; an administrator turns it off and on again.</summary>
    public bool Disabled { get; set; }

    /// <summary>
    /// The TOTP shared secret (Base32), protected with Data Protection; null while two-factor sign-in is off.
    /// </summary>
    public string? TwoFactorSecret { get; set; }

    /// <summary>The last TOTP time step accepted, so that a code once used cannot be used again.</summary>
    public long? TwoFactorLastStep { get; set; }

    /// <summary>SHA-256 hashes (hex, comma separated) of the recovery codes not used yet.</summary>
    public string? TwoFactorRecoveryCodes { get; set; }
}
