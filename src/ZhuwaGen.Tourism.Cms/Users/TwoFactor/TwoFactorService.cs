using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Auditing;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;

namespace ZhuwaGen.Tourism.Cms.Users.TwoFactor;

public enum TwoFactorStatus
{
    Success,
    WrongCode,
    LockedOut,

    /// <summary>The enrolment or the half-finished sign-in is too old, or the account changed since.</summary>
    Expired,
    AlreadyOn,
    NotOn,
}

/// <summary>What a person adds to their authenticator app; <see cref="Token"/> carries the secret until confirmed.</summary>
public sealed record TwoFactorEnrolment(string Secret, string Token, string Uri);

/// <summary>
/// Two-factor sign-in with TOTP. Turning it on takes a first valid code, so nobody ends up with a secret their app
/// does not have; until then the secret travels only in a protected, time-limited token, never in the database. The
/// secret is stored protected with Data Protection. A code is accepted once (the step it used is kept, and a code of
/// that step or an earlier one is refused), and wrong codes are throttled per (account, client) like passwords.
/// Turning it on or off changes the security stamp, so every other session of the account ends.
/// </summary>
public sealed class TwoFactorService(
    CmsDbContext db,
    IDataProtectionProvider protection,
    TimeProvider clock,
    GuessThrottle throttle,
    IOptions<SignInSecurityOptions> options,
    LockoutMail lockoutMail,
    AuditLog audit,
    SessionStampCache stamps)
{
    public const string Issuer = "ZhuwaGen";
    private static readonly TimeSpan EnrolmentLifetime = TimeSpan.FromMinutes(15);

    public TwoFactorEnrolment Begin(Guid key, string email)
    {
        var secret = TotpCodes.NewSecret();
        return new(secret, EnrolmentProtector.Protect($"{key:N}.{secret}", EnrolmentLifetime), TotpCodes.Uri(secret, Issuer, email));
    }

    /// <summary>The enrolment a token carries, to show it again after a wrong code; null when expired or not this user's.</summary>
    public TwoFactorEnrolment? Resume(Guid key, string email, string? token) =>
        SecretOf(key, token) is { } secret ? new(secret, token!, TotpCodes.Uri(secret, Issuer, email)) : null;

    /// <summary>Turns two-factor sign-in on with the first code from the app; answers the recovery codes, this once.</summary>
    public async Task<(TwoFactorStatus Status, IReadOnlyList<string>? RecoveryCodes)> ConfirmAsync(
        Guid key, string? token, string? code, string client, CancellationToken cancellationToken)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Key == key && u.Kind != BackOfficeSchemes.ApiUserKind, cancellationToken);
        if (user is null || SecretOf(key, token) is not { } secret)
        {
            return (TwoFactorStatus.Expired, null);
        }

        if (user.TwoFactorSecret is not null)
        {
            return (TwoFactorStatus.AlreadyOn, null);
        }

        var account = key.ToString("N");
        if (!await throttle.MayTryAsync(GuessScope.TwoFactor, account, client, cancellationToken))
        {
            return (TwoFactorStatus.LockedOut, null);
        }

        if (TotpCodes.MatchStep(secret, code, clock.GetUtcNow()) is not { } step)
        {
            throttle.RecordFailure(GuessScope.TwoFactor, account, client);
            return (TwoFactorStatus.WrongCode, null);
        }

        throttle.RecordSuccess(GuessScope.TwoFactor, account, client);
        var recovery = RecoveryCodes.New();
        user.TwoFactorSecret = SecretProtector.Protect(secret);
        user.TwoFactorLastStep = step;
        user.TwoFactorRecoveryCodes = RecoveryCodes.Hashes(recovery);
        user.SecurityStamp = UserSessions.NewStamp();
        audit.Add(user.Email, AuditActions.TwoFactorOn, null, details: user.Email);
        await db.SaveChangesAsync(cancellationToken);
        stamps.Evict(key);
        return (TwoFactorStatus.Success, recovery);
    }

    /// <summary>Turns it off with a current code (or a recovery code): a stolen session alone cannot.</summary>
    public async Task<TwoFactorStatus> DisableAsync(Guid key, string? code, string client, CancellationToken cancellationToken)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Key == key && u.Kind != BackOfficeSchemes.ApiUserKind, cancellationToken);
        if (user?.TwoFactorSecret is null)
        {
            return TwoFactorStatus.NotOn;
        }

        var status = await CheckAsync(user, code, client, cancellationToken);
        if (status != TwoFactorStatus.Success)
        {
            return status;
        }

        await TurnOffAsync(user, user.Email, cancellationToken);
        return TwoFactorStatus.Success;
    }

    /// <summary>An administrator turns it off for someone who lost their phone and their recovery codes.</summary>
    public async Task<TwoFactorStatus> ResetAsync(Guid key, string administrator, CancellationToken cancellationToken)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Key == key && u.Kind != BackOfficeSchemes.ApiUserKind, cancellationToken);
        if (user?.TwoFactorSecret is null)
        {
            return TwoFactorStatus.NotOn;
        }

        await TurnOffAsync(user, administrator, cancellationToken);
        return TwoFactorStatus.Success;
    }

    /// <summary>
    /// The second step of a sign-in: the person whose password was right (and whose stamp has not changed since)
    /// gives a code. Answers the user to issue the cookie for.
    /// </summary>
    public async Task<(TwoFactorStatus Status, UserEntity? User)> SignInAsync(
        Guid key, string stamp, string? code, string client, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Key == key && u.Kind != BackOfficeSchemes.ApiUserKind, cancellationToken);
        if (user is null || user.Disabled || user.TwoFactorSecret is null || user.SecurityStamp != stamp)
        {
            return (TwoFactorStatus.Expired, null);
        }

        var status = await CheckAsync(user, code, client, cancellationToken);
        return (status, status == TwoFactorStatus.Success ? user : null);
    }

    public int RecoveryCodesLeft(UserEntity user) => RecoveryCodes.Remaining(user.TwoFactorRecoveryCodes);

    private async Task<TwoFactorStatus> CheckAsync(UserEntity user, string? code, string client, CancellationToken cancellationToken)
    {
        var account = user.Key.ToString("N");
        if (!await throttle.MayTryAsync(GuessScope.TwoFactor, account, client, cancellationToken))
        {
            return TwoFactorStatus.LockedOut;
        }

        if (await SpendAsync(user, code, cancellationToken))
        {
            throttle.RecordSuccess(GuessScope.TwoFactor, account, client);
            return TwoFactorStatus.Success;
        }

        var failure = throttle.RecordFailure(GuessScope.TwoFactor, account, client);
        if (failure.TellOwner)
        {
            lockoutMail.Enqueue(user, options.Value.MaxFailedSignIns, failure.LockedUntil, "two-factor code");
        }

        return TwoFactorStatus.WrongCode;
    }

    // Each update is conditional on what was read, so two requests racing with one code cannot both pass.
    private async Task<bool> SpendAsync(UserEntity user, string? code, CancellationToken cancellationToken)
    {
        var secret = SecretProtector.Unprotect(user.TwoFactorSecret!);
        if (TotpCodes.MatchStep(secret, code, clock.GetUtcNow()) is { } step)
        {
            return await db.Users.Where(u => u.Id == user.Id && (u.TwoFactorLastStep == null || u.TwoFactorLastStep < step))
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.TwoFactorLastStep, step), cancellationToken) == 1;
        }

        if (RecoveryCodes.Spend(user.TwoFactorRecoveryCodes, code) is { } remaining)
        {
            var stored = user.TwoFactorRecoveryCodes;
            return await db.Users.Where(u => u.Id == user.Id && u.TwoFactorRecoveryCodes == stored)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.TwoFactorRecoveryCodes, remaining), cancellationToken) == 1;
        }

        return false;
    }

    private async Task TurnOffAsync(UserEntity user, string by, CancellationToken cancellationToken)
    {
        // Reloaded: SpendAsync may have written the row behind the tracked copy's back.
        await db.Entry(user).ReloadAsync(cancellationToken);
        user.TwoFactorSecret = null;
        user.TwoFactorLastStep = null;
        user.TwoFactorRecoveryCodes = null;
        user.SecurityStamp = UserSessions.NewStamp();
        audit.Add(by, AuditActions.TwoFactorOff, null, details: user.Email);
        await db.SaveChangesAsync(cancellationToken);
        stamps.Evict(user.Key);
    }

    private string? SecretOf(Guid key, string? token)
    {
        try
        {
            var parts = EnrolmentProtector.Unprotect(token ?? string.Empty, out _).Split('.', 2);
            return parts.Length == 2 && Guid.TryParseExact(parts[0], "N", out var owner) && owner == key ? parts[1] : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private ITimeLimitedDataProtector EnrolmentProtector =>
        protection.CreateProtector("ZhuwaGen.Users.TwoFactorEnrolment").ToTimeLimitedDataProtector();

    private IDataProtector SecretProtector => protection.CreateProtector("ZhuwaGen.Users.TwoFactorSecret");
}
