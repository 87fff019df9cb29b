using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Persistence;

namespace ZhuwaGen.Tourism.Cms.Users;

public enum PasswordResetStatus
{
    Success,
    InvalidToken,
    InvalidPassword,
}

/// <summary>
/// Password reset by email. A request for any address answers the same (no one learns which addresses have accounts);
/// for an account it mails a token protected by Data Protection, limited in time, that names the user and their
/// security stamp. Setting the new password changes the stamp, so a token works once, and ends every session.
/// </summary>
public sealed class PasswordResets(
    CmsDbContext db, UserService users, IDataProtectionProvider protection, PasswordResetMail mail, IOptions<PasswordResetOptions> options)
{
    private const string Purpose = "ZhuwaGen.Users.PasswordReset";

    public async Task RequestAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = UserService.Normalize(email);
        var user = await db.Users.AsNoTracking()
            .SingleOrDefaultAsync(u => u.Email == normalized && u.Kind != BackOfficeSchemes.ApiUserKind, cancellationToken);
        if (user is null)
        {
            return;
        }

        var token = Protector.Protect($"{user.Key:N}.{user.SecurityStamp}", options.Value.LinkLifetime);
        mail.Enqueue(user, token);
    }

    /// <summary>
    /// The welcome mail of a new account: the same single-use token as a reset (setting the password changes the
    /// stamp), valid for <see cref="PasswordResetOptions.InviteLinkLifetime"/>, because a guesthouse owner may read
    /// it days later, when the signal reaches the valley.
    /// </summary>
    public async Task InviteAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = UserService.Normalize(email);
        var user = await db.Users.AsNoTracking()
            .SingleOrDefaultAsync(u => u.Email == normalized && u.Kind != BackOfficeSchemes.ApiUserKind, cancellationToken);
        if (user is not null)
        {
            mail.EnqueueInvite(user, Protector.Protect($"{user.Key:N}.{user.SecurityStamp}", options.Value.InviteLinkLifetime));
        }
    }

    /// <summary>Whether a token is one the site made, unexpired and unused (to show the form or say the link is spent).</summary>
    public async Task<bool> IsUsableAsync(string? token, CancellationToken cancellationToken) => await UserOfAsync(token, cancellationToken) is not null;

    public async Task<PasswordResetStatus> ResetAsync(string? token, string? password, CancellationToken cancellationToken)
    {
        if (await UserOfAsync(token, cancellationToken) is not { } key)
        {
            return PasswordResetStatus.InvalidToken;
        }

        return await users.ChangePasswordAsync(key, password ?? string.Empty, cancellationToken) switch
        {
            UserOperationStatus.Success => PasswordResetStatus.Success,
            UserOperationStatus.InvalidPassword => PasswordResetStatus.InvalidPassword,
            _ => PasswordResetStatus.InvalidToken,
        };
    }

    private ITimeLimitedDataProtector Protector => protection.CreateProtector(Purpose).ToTimeLimitedDataProtector();

    private async Task<Guid?> UserOfAsync(string? token, CancellationToken cancellationToken)
    {
        string payload;
        try
        {
            payload = Protector.Unprotect(token?.Trim() ?? string.Empty, out _);
        }
        catch (CryptographicException)
        {
            return null;
        }

        var parts = payload.Split('.', 2);
        if (parts.Length != 2 || !Guid.TryParseExact(parts[0], "N", out var key))
        {
            return null;
        }

        var stamp = await db.Users.AsNoTracking().Where(u => u.Key == key).Select(u => u.SecurityStamp).SingleOrDefaultAsync(cancellationToken);
        return stamp is not null && stamp == parts[1] ? key : null;
    }
}
