using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Auditing;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Persistence;

namespace ZhuwaGen.Tourism.Cms.Users;

/// <summary>A person's account as the administrator's list shows it.</summary>
public sealed record UserAccount(Guid Key, string Name, string Email, string Role, bool Disabled, bool TwoFactor, bool LockedOut);

/// <summary>
/// What an administrator does to people's accounts: create, rename, change the role, disable or enable, and lift
/// sign-in lockouts. Each action is audited under the administrator's name. No administrator can demote or disable
/// their own account (another one can), and the last enabled administrator stays one, so the site always keeps someone
/// who can manage it.
/// </summary>
public sealed class UserAccounts(
    CmsDbContext db, UserService users, UserStartNodes nodes, PasswordResets resets, GuessThrottle throttle, UserSessions sessions, AuditLog audit)
{
    public async Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Users.AsNoTracking().Where(u => u.Kind != BackOfficeSchemes.ApiUserKind)
            .OrderBy(u => u.Name).ThenBy(u => u.Email)
            .Select(u => new { u.Key, u.Name, u.Email, u.Role, u.Disabled, TwoFactor = u.TwoFactorSecret != null })
            .ToListAsync(cancellationToken);
        return rows.Select(u => new UserAccount(u.Key, u.Name, u.Email, u.Role, u.Disabled, u.TwoFactor, IsLocked(u.Key, u.Email))).ToList();
    }

    public async Task<UserAccount?> GetAsync(Guid key, CancellationToken cancellationToken) =>
        (await ListAsync(cancellationToken)).FirstOrDefault(u => u.Key == key);

    /// <summary>
    /// Creates a person, bound to <paramref name="startNodes"/> (an owner's guesthouses) in the same transaction. Without
    /// a password they get the welcome mail with a set-your-password link instead (the password-reset token, valid for
    /// the longer invite lifetime), and choose their own; the random password they are created with is never shown.
    /// </summary>
    public async Task<UserOperationStatus> CreateAsync(
        string name, string email, string role, string? password, string administrator, CancellationToken cancellationToken,
        IReadOnlyCollection<Guid>? startNodes = null)
    {
        if (!UserRoles.IsRole(role))
        {
            return UserOperationStatus.InvalidName;
        }

        startNodes ??= [];
        if (!await nodes.AllExistAsync(startNodes, cancellationToken))
        {
            return UserOperationStatus.UnknownStartNode;
        }

        var mailLink = string.IsNullOrEmpty(password);
        var status = await users.CreateAsync(
            name, email, mailLink ? Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) : password!, role, startNodes, cancellationToken);
        if (status != UserOperationStatus.Success)
        {
            return status;
        }

        var bound = startNodes.Count > 0 ? " " + string.Join(',', startNodes.Select(k => k.ToString("D"))) : string.Empty;
        await audit.RecordAsync(administrator, AuditActions.UserNew, $"{UserService.Normalize(email)} {role}{bound}", cancellationToken);
        if (mailLink)
        {
            await resets.InviteAsync(email, cancellationToken);
        }

        return UserOperationStatus.Success;
    }

    public async Task<UserOperationStatus> SaveAsync(
        Guid key, string name, string role, Guid administratorKey, string administrator, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Key == key && u.Kind != BackOfficeSchemes.ApiUserKind, cancellationToken);
        if (user is null)
        {
            return UserOperationStatus.NotFound;
        }

        if (string.IsNullOrWhiteSpace(name) || name.Length > 255 || !UserRoles.IsRole(role))
        {
            return UserOperationStatus.InvalidName;
        }

        if (role != user.Role)
        {
            if (key == administratorKey)
            {
                return UserOperationStatus.OwnAccount;
            }

            var status = await users.ChangeRoleAsync(key, role, cancellationToken);
            if (status != UserOperationStatus.Success)
            {
                return status;
            }
        }

        await db.Users.Where(u => u.Key == key).ExecuteUpdateAsync(s => s.SetProperty(u => u.Name, name.Trim()), cancellationToken);
        await audit.RecordAsync(administrator, AuditActions.UserSave, $"{user.Email} {name.Trim()} {role}", cancellationToken);
        return UserOperationStatus.Success;
    }

    /// <summary>Disables (every session ends, sign-in is refused) or enables a person.</summary>
    public async Task<UserOperationStatus> SetDisabledAsync(
        Guid key, bool disabled, Guid administratorKey, string administrator, CancellationToken cancellationToken)
    {
        if (disabled && key == administratorKey)
        {
            return UserOperationStatus.OwnAccount;
        }

        if (disabled && await users.IsLastAdministratorAsync(key, cancellationToken))
        {
            return UserOperationStatus.LastAdministrator;
        }

        var email = await db.Users.Where(u => u.Key == key && u.Kind != BackOfficeSchemes.ApiUserKind).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);
        if (email is null)
        {
            return UserOperationStatus.NotFound;
        }

        await db.Users.Where(u => u.Key == key).ExecuteUpdateAsync(s => s.SetProperty(u => u.Disabled, disabled), cancellationToken);
        if (disabled)
        {
            await sessions.RevokeAsync(key, cancellationToken);
        }

        await audit.RecordAsync(administrator, disabled ? AuditActions.UserDisable : AuditActions.UserEnable, email, cancellationToken);
        return UserOperationStatus.Success;
    }

    /// <summary>Lifts every password and code lockout on the account, for every client.</summary>
    public async Task<UserOperationStatus> UnlockAsync(Guid key, string administrator, CancellationToken cancellationToken)
    {
        var email = await db.Users.Where(u => u.Key == key && u.Kind != BackOfficeSchemes.ApiUserKind).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);
        if (email is null)
        {
            return UserOperationStatus.NotFound;
        }

        throttle.Unlock(GuessScope.SignIn, email);
        throttle.Unlock(GuessScope.TwoFactor, key.ToString("N"));
        await audit.RecordAsync(administrator, AuditActions.UserUnlock, email, cancellationToken);
        return UserOperationStatus.Success;
    }

    private bool IsLocked(Guid key, string email) =>
        throttle.IsAnyClientLocked(GuessScope.SignIn, email) || throttle.IsAnyClientLocked(GuessScope.TwoFactor, key.ToString("N"));
}
