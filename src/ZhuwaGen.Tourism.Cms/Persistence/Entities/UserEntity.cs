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
}
