using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;
using ZhuwaGen.Tourism.Cms.Users;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ZhuwaGen.Tourism.Cms.Management.Users;

/// <summary>
/// API users: a user row of kind "Api" with a role, and a confidential OpenIddict application allowed the client
/// credentials grant at the token endpoint. Both are written in one transaction; OpenIddict keeps only the secret's hash.
/// </summary>
public sealed class ApiUserService(CmsDbContext db, IOpenIddictApplicationManager applications, TimeProvider clock)
{
    public const string ClientIdPrefix = "api-";

    public async Task<(UserOperationStatus Status, ApiUserCredentialsResponseModel? Credentials)> CreateAsync(
        string name, string role, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 255)
        {
            return (UserOperationStatus.InvalidName, null);
        }

        var key = Guid.NewGuid();
        var clientId = ClientIdPrefix + key.ToString("N");
        var secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await applications.CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = name.Trim(),
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
        }, cancellationToken);
        db.Users.Add(new UserEntity
        {
            Key = key,
            Name = name.Trim(),
            // API users never sign in with a password: the address is unique and unroutable, the hash empty.
            Email = clientId + "@api.invalid",
            PasswordHash = string.Empty,
            Role = role,
            Kind = BackOfficeSchemes.ApiUserKind,
            ClientId = clientId,
            CreateDate = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (UserOperationStatus.Success, new ApiUserCredentialsResponseModel(key, clientId, secret));
    }

    public async Task<IReadOnlyList<ApiUserSummary>> ListAsync(CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().Where(u => u.Kind == BackOfficeSchemes.ApiUserKind)
            .OrderBy(u => u.Name).ThenBy(u => u.Id)
            .Select(u => new ApiUserSummary(u.Key, u.Name, u.ClientId ?? string.Empty, u.Role, u.CreateDate))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Deletes the API user and its OpenIddict application together: its secret stops working at once. Access tokens
    /// already issued are not stored, so they live out their lifetime (an hour by default).
    /// </summary>
    public async Task<UserOperationStatus> DeleteAsync(Guid key, CancellationToken cancellationToken)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Key == key && u.Kind == BackOfficeSchemes.ApiUserKind, cancellationToken);
        if (user is null)
        {
            return UserOperationStatus.NotFound;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (user.ClientId is not null && await applications.FindByClientIdAsync(user.ClientId, cancellationToken) is { } application)
        {
            await applications.DeleteAsync(application, cancellationToken);
        }

        await db.UserStartNodes.Where(s => s.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
        db.Users.Remove(user);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return UserOperationStatus.Success;
    }

    public Task<bool> ExistsAsync(string clientId, CancellationToken cancellationToken) =>
        db.Users.AnyAsync(u => u.ClientId == clientId, cancellationToken);
}
