using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;

namespace ZhuwaGen.Tourism.Cms.Users;

public enum SignInStatus
{
    Success,
    WrongCredentials,
    LockedOut,
}

/// <summary>
/// Checks a person's email and password. The work is the same whether or not the account exists (an unknown email is
/// checked against a dummy hash), so the answer's timing tells nobody which addresses have accounts. Wrong passwords
/// are counted per account; after <see cref="SignInSecurityOptions.MaxFailedSignIns"/> in a row the account is locked
/// for a while and its owner is told by email.
/// </summary>
public sealed class SignInService(CmsDbContext db, TimeProvider clock, IOptions<SignInSecurityOptions> options, LockoutMail lockoutMail)
{
    private static readonly UserEntity Nobody = new() { Name = string.Empty, Email = string.Empty, PasswordHash = string.Empty, Role = string.Empty };

    // Made with the same hasher (same algorithm and iteration count) as real passwords, so verifying it costs the same.
    private static readonly Lazy<string> DummyHash = new(() => UserService.Hasher.HashPassword(Nobody, Guid.NewGuid().ToString()));

    public async Task<(SignInStatus Status, UserEntity? User)> SignInAsync(string email, string password, CancellationToken cancellationToken)
    {
        var normalizedEmail = UserService.Normalize(email);
        var user = await db.Users.AsNoTracking()
            .SingleOrDefaultAsync(u => u.Email == normalizedEmail && u.Kind != BackOfficeSchemes.ApiUserKind, cancellationToken);
        var verified = UserService.Hasher.VerifyHashedPassword(user ?? Nobody, user?.PasswordHash ?? DummyHash.Value, password)
            != PasswordVerificationResult.Failed;
        if (user is null)
        {
            return (SignInStatus.WrongCredentials, null);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (user.LockoutEnd > now)
        {
            // Even the right password waits out the lockout: otherwise the lockout would confirm guesses.
            return (SignInStatus.LockedOut, null);
        }

        if (verified)
        {
            await ResetAsync(user, cancellationToken);
            return (SignInStatus.Success, user);
        }

        await CountFailureAsync(user, now, cancellationToken);
        return (SignInStatus.WrongCredentials, null);
    }

    private async Task ResetAsync(UserEntity user, CancellationToken cancellationToken)
    {
        if (user.AccessFailedCount == 0 && user.LockoutEnd is null && !string.IsNullOrEmpty(user.SecurityStamp))
        {
            return;
        }

        // Users from before security stamps get one now, so that their cookie can be revoked.
        user.SecurityStamp = string.IsNullOrEmpty(user.SecurityStamp) ? UserSessions.NewStamp() : user.SecurityStamp;
        await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.AccessFailedCount, 0)
            .SetProperty(u => u.LockoutEnd, (DateTime?)null)
            .SetProperty(u => u.SecurityStamp, user.SecurityStamp), cancellationToken);
    }

    // Atomic in the database, so parallel guesses cannot lose counts; guesses that raced past the lockout check no
    // longer count once the account is locked, and only the request that crosses the limit locks it and sends the email.
    private async Task CountFailureAsync(UserEntity user, DateTime now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var open = db.Users.Where(u => u.Id == user.Id && (u.LockoutEnd == null || u.LockoutEnd <= now));
        await open.ExecuteUpdateAsync(s => s.SetProperty(u => u.AccessFailedCount, u => u.AccessFailedCount + 1), cancellationToken);
        var lockoutEnd = now + settings.LockoutDuration;
        var locked = await open.Where(u => u.AccessFailedCount >= settings.MaxFailedSignIns)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.AccessFailedCount, 0).SetProperty(u => u.LockoutEnd, lockoutEnd), cancellationToken);
        if (locked == 1)
        {
            await lockoutMail.SendAsync(user, settings.MaxFailedSignIns, lockoutEnd, cancellationToken);
        }
    }
}
