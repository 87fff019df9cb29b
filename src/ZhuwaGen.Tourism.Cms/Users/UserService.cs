using System.Net.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;

namespace ZhuwaGen.Tourism.Cms.Users;

public enum UserOperationStatus
{
    Success,
    InvalidName,
    InvalidEmail,
    InvalidPassword,
    DuplicateEmail,
    AdministratorExists,
}

/// <summary>Back-office users. Passwords are kept only as ASP.NET Core Identity hashes.</summary>
public sealed class UserService(CmsDbContext db, TimeProvider clock)
{
    public const int MinimumPasswordLength = 10;
    private static readonly PasswordHasher<UserEntity> Hasher = new();

    public Task<bool> AnyAsync(CancellationToken cancellationToken) => db.Users.AnyAsync(cancellationToken);

    /// <summary>Creates the first administrator; refused once any user exists.</summary>
    public async Task<UserOperationStatus> CreateFirstAdministratorAsync(string name, string email, string password, CancellationToken cancellationToken)
    {
        if (await db.Users.AnyAsync(cancellationToken))
        {
            return UserOperationStatus.AdministratorExists;
        }

        return await CreateAsync(name, email, password, UserRoles.Admin, cancellationToken);
    }

    public async Task<UserOperationStatus> CreateAsync(string name, string email, string password, string role, CancellationToken cancellationToken)
    {
        var status = Check(name, email, password);
        if (status != UserOperationStatus.Success)
        {
            return status;
        }

        var normalizedEmail = email.Trim().ToLowerInvariant();
        if (await db.Users.AnyAsync(u => u.Email == normalizedEmail, cancellationToken))
        {
            return UserOperationStatus.DuplicateEmail;
        }

        var user = new UserEntity
        {
            Key = Guid.NewGuid(),
            Name = name.Trim(),
            Email = normalizedEmail,
            PasswordHash = string.Empty,
            Role = role,
            CreateDate = clock.GetUtcNow().UtcDateTime,
        };
        user.PasswordHash = Hasher.HashPassword(user, password);
        db.Users.Add(user);
        await db.SaveChangesAsync(cancellationToken);
        return UserOperationStatus.Success;
    }

    /// <summary>The user with this email and password, or null.</summary>
    public async Task<UserEntity?> VerifyAsync(string email, string password, CancellationToken cancellationToken)
    {
        var normalizedEmail = email.Trim().ToLowerInvariant();
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Email == normalizedEmail, cancellationToken);
        return user is not null && Hasher.VerifyHashedPassword(user, user.PasswordHash, password) != PasswordVerificationResult.Failed
            ? user
            : null;
    }

    public static UserOperationStatus Check(string? name, string? email, string? password)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 255)
        {
            return UserOperationStatus.InvalidName;
        }

        if (string.IsNullOrWhiteSpace(email) || email.Length > 255 || !MailAddress.TryCreate(email.Trim(), out var address)
            || address.Address != email.Trim())
        {
            return UserOperationStatus.InvalidEmail;
        }

        return password is null || password.Length < MinimumPasswordLength
            ? UserOperationStatus.InvalidPassword
            : UserOperationStatus.Success;
    }
}
