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

    public DateTime CreateDate { get; set; }
}
