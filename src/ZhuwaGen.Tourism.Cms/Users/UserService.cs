using System.Net.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Management.Security;
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
    NotFound,

    /// <summary>A document start node that is no document.</summary>
    UnknownStartNode,

    /// <summary>The change would leave no enabled administrator.</summary>
    LastAdministrator,

    /// <summary>An administrator may not demote or disable their own account (another administrator can).</summary>
    OwnAccount,
}

/// <summary>Back-office users. Passwords are kept only as ASP.NET Core Identity hashes.</summary>
public sealed class UserService(CmsDbContext db, TimeProvider clock, SessionStampCache stamps)
{
    public const int MinimumPasswordLength = 10;
    internal static readonly PasswordHasher<UserEntity> Hasher = new();

    public Task<bool> AnyAsync(CancellationToken cancellationToken) => db.Users.AnyAsync(cancellationToken);

    /// <summary>A person (not an API user) as stored, read-only: to issue their cookie again after a change.</summary>
    public Task<UserEntity?> FindPersonAsync(Guid key, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Key == key && u.Kind != BackOfficeSchemes.ApiUserKind, cancellationToken);

    /// <summary>
    /// Creates the first administrator; refused once any user exists. Racing calls cannot both succeed: the row is
    /// inserted with the unique <see cref="UserEntity.FirstAdministrator"/> mark, so the database refuses the second.
    /// </summary>
    public async Task<UserOperationStatus> CreateFirstAdministratorAsync(string name, string email, string password, CancellationToken cancellationToken)
    {
        if (await db.Users.AnyAsync(cancellationToken))
        {
            return UserOperationStatus.AdministratorExists;
        }

        var status = await InsertAsync(name, email, password, UserRoles.Admin, firstAdministrator: true, cancellationToken);
        return status == UserOperationStatus.DuplicateEmail ? UserOperationStatus.AdministratorExists : status;
    }

    public Task<UserOperationStatus> CreateAsync(string name, string email, string password, string role, CancellationToken cancellationToken) =>
        InsertAsync(name, email, password, role, firstAdministrator: false, cancellationToken);

    /// <summary>
    /// Creates a person with their document start nodes in the same transaction, so an owner account never exists
    /// unbound (an inbox without guesthouses) because the second half failed. The caller checks the keys exist.
    /// </summary>
    public Task<UserOperationStatus> CreateAsync(
        string name, string email, string password, string role, IReadOnlyCollection<Guid> startNodes, CancellationToken cancellationToken) =>
        InsertAsync(name, email, password, role, firstAdministrator: false, cancellationToken, startNodes);

    /// <summary>Sets a new password and ends every session of the user (their cookies stop working).</summary>
    public async Task<UserOperationStatus> ChangePasswordAsync(Guid key, string password, CancellationToken cancellationToken)
    {
        if (password is null || password.Length < MinimumPasswordLength)
        {
            return UserOperationStatus.InvalidPassword;
        }

        var user = await db.Users.SingleOrDefaultAsync(u => u.Key == key, cancellationToken);
        if (user is null)
        {
            return UserOperationStatus.NotFound;
        }

        user.PasswordHash = Hasher.HashPassword(user, password);
        user.SecurityStamp = UserSessions.NewStamp();
        await db.SaveChangesAsync(cancellationToken);
        stamps.Evict(key);
        return UserOperationStatus.Success;
    }

    /// <summary>
    /// Gives the user another role and ends their sessions, so no cookie keeps the old role's rights. The last enabled
    /// administrator keeps the role: nobody could manage users after.
    /// </summary>
    public async Task<UserOperationStatus> ChangeRoleAsync(Guid key, string role, CancellationToken cancellationToken)
    {
        if (role != UserRoles.Admin && await IsLastAdministratorAsync(key, cancellationToken))
        {
            return UserOperationStatus.LastAdministrator;
        }

        var changed = await db.Users.Where(u => u.Key == key).ExecuteUpdateAsync(
            s => s.SetProperty(u => u.Role, role).SetProperty(u => u.SecurityStamp, UserSessions.NewStamp()), cancellationToken);
        stamps.Evict(key);
        return changed == 0 ? UserOperationStatus.NotFound : UserOperationStatus.Success;
    }

    /// <summary>Whether the user is an enabled administrator and no other enabled administrator exists.</summary>
    public async Task<bool> IsLastAdministratorAsync(Guid key, CancellationToken cancellationToken) =>
        await db.Users.AnyAsync(u => u.Key == key && u.Role == UserRoles.Admin && !u.Disabled, cancellationToken)
        && !await db.Users.AnyAsync(u => u.Key != key && u.Role == UserRoles.Admin && !u.Disabled && u.Kind != BackOfficeSchemes.ApiUserKind, cancellationToken);

    private async Task<UserOperationStatus> InsertAsync(
        string name, string email, string password, string role, bool firstAdministrator, CancellationToken cancellationToken,
        IReadOnlyCollection<Guid>? startNodes = null)
    {
        var status = Check(name, email, password);
        if (status != UserOperationStatus.Success)
        {
            return status;
        }

        var normalizedEmail = Normalize(email);
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
            SecurityStamp = UserSessions.NewStamp(),
            FirstAdministrator = firstAdministrator ? true : null,
        };
        user.PasswordHash = Hasher.HashPassword(user, password);
        // Inside a caller's transaction, that one decides; otherwise the user and their start nodes commit together.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        db.Users.Add(user);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A unique index refused the row: another request inserted the same email, or the first administrator,
            // between the check above and this insert.
            db.Entry(user).State = EntityState.Detached;
            return UserOperationStatus.DuplicateEmail;
        }

        if (startNodes is { Count: > 0 })
        {
            db.UserStartNodes.AddRange(startNodes.Distinct().Select(key => new UserStartNodeEntity { UserId = user.Id, DocumentKey = key }));
            await db.SaveChangesAsync(cancellationToken);
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return UserOperationStatus.Success;
    }

    internal static string Normalize(string email) => email.Trim().ToLowerInvariant();

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
