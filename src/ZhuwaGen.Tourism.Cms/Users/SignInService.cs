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

    /// <summary>The password was right and the account has two-factor sign-in: no session until a code is given.</summary>
    TwoFactorRequired,
}

/// <summary>
/// Checks a person's email and password. The work is the same whether or not the account exists (an unknown email is
/// checked against a dummy hash and its guesses are counted alike), so the answer's timing tells nobody which
/// addresses have accounts. Wrong passwords are counted per (account, client) by <see cref="GuessThrottle"/>: the
/// client that guesses is locked out of the account, and its owner told by email, while the owner signing in from
/// elsewhere is not.
/// </summary>
public sealed class SignInService(CmsDbContext db, GuessThrottle throttle, IOptions<SignInSecurityOptions> options, LockoutMail lockoutMail)
{
    private static readonly UserEntity Nobody = new() { Name = string.Empty, Email = string.Empty, PasswordHash = string.Empty, Role = string.Empty };

    // Made with the same hasher (same algorithm and iteration count) as real passwords, so verifying it costs the same.
    private static readonly Lazy<string> DummyHash = new(() => UserService.Hasher.HashPassword(Nobody, Guid.NewGuid().ToString()));

    /// <param name="client">The client's key (<see cref="ClientKey"/>): the real address behind a known proxy.</param>
    public async Task<(SignInStatus Status, UserEntity? User)> SignInAsync(string email, string password, string client, CancellationToken cancellationToken)
    {
        var normalizedEmail = UserService.Normalize(email);

        // Before any work on the password: a locked-out client's guesses, even the right one, are not even checked,
        // so the lockout confirms nothing, and a flood of them costs no hashing.
        if (!await throttle.MayTryAsync(GuessScope.SignIn, normalizedEmail, client, cancellationToken))
        {
            return (SignInStatus.LockedOut, null);
        }

        var user = await db.Users.AsNoTracking()
            .SingleOrDefaultAsync(u => u.Email == normalizedEmail && u.Kind != BackOfficeSchemes.ApiUserKind, cancellationToken);
        var verified = UserService.Hasher.VerifyHashedPassword(user ?? Nobody, user?.PasswordHash ?? DummyHash.Value, password)
            != PasswordVerificationResult.Failed;
        if (user is not null && verified && user.Disabled)
        {
            // Answered as a wrong password, so the page tells a guesser nothing; not counted, so no lockout mail.
            return (SignInStatus.WrongCredentials, null);
        }

        if (user is not null && verified)
        {
            throttle.RecordSuccess(GuessScope.SignIn, normalizedEmail, client);
            await ResetAsync(user, cancellationToken);
            return (user.TwoFactorSecret is null ? SignInStatus.Success : SignInStatus.TwoFactorRequired, user);
        }

        var failure = throttle.RecordFailure(GuessScope.SignIn, normalizedEmail, client);
        if (user is not null && failure.TellOwner)
        {
            lockoutMail.Enqueue(user, options.Value.MaxFailedSignIns, failure.LockedUntil);
        }

        return (SignInStatus.WrongCredentials, null);
    }

    // The failure count and lockout columns date from when lockout was per account in the database; they are cleared
    // here so that no old lockout lingers. Users from before security stamps get one now, so their cookie can be revoked.
    private async Task ResetAsync(UserEntity user, CancellationToken cancellationToken)
    {
        if (user.AccessFailedCount == 0 && user.LockoutEnd is null && !string.IsNullOrEmpty(user.SecurityStamp))
        {
            return;
        }

        user.SecurityStamp = string.IsNullOrEmpty(user.SecurityStamp) ? UserSessions.NewStamp() : user.SecurityStamp;
        await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.AccessFailedCount, 0)
            .SetProperty(u => u.LockoutEnd, (DateTime?)null)
            .SetProperty(u => u.SecurityStamp, user.SecurityStamp), cancellationToken);
    }
}
