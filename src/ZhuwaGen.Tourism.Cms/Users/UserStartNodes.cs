using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;

namespace ZhuwaGen.Tourism.Cms.Users;

/// <summary>
/// A user's document start nodes (Umbraco's <c>documentStartNodeIds</c>): read for the bookings inbox, which shows an
/// owner the bookings of these documents, and replaced as a whole by an administrator.
/// </summary>
public sealed class UserStartNodes(CmsDbContext db)
{
    public async Task<IReadOnlyList<Guid>> GetAsync(Guid userKey, CancellationToken cancellationToken) =>
        await db.UserStartNodes.AsNoTracking()
            .Where(s => db.Users.Any(u => u.Key == userKey && u.Id == s.UserId))
            .OrderBy(s => s.Id)
            .Select(s => s.DocumentKey)
            .ToListAsync(cancellationToken);

    /// <summary>People with <paramref name="role"/>, by name, each with their start nodes (an administrator's binding screen).</summary>
    public async Task<IReadOnlyList<UserWithStartNodes>> ListAsync(string role, CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking().Where(u => u.Role == role && u.Kind == "Default")
            .OrderBy(u => u.Name).ThenBy(u => u.Email).Select(u => new { u.Id, u.Key, u.Name, u.Email }).ToListAsync(cancellationToken);
        var ids = users.Select(u => u.Id).ToList();
        var nodes = (await db.UserStartNodes.AsNoTracking().Where(s => ids.Contains(s.UserId)).OrderBy(s => s.Id).ToListAsync(cancellationToken))
            .ToLookup(s => s.UserId, s => s.DocumentKey);
        return users.Select(u => new UserWithStartNodes(u.Key, u.Name, u.Email, nodes[u.Id].ToList())).ToList();
    }

    /// <summary>
    /// Enabled people with <paramref name="role"/> bound at one of <paramref name="documentKeys"/> (a guesthouse and its
    /// ancestors: a start node binds everything under it), by name: who is told of a new booking there.
    /// </summary>
    public async Task<IReadOnlyList<UserWithStartNodes>> BoundAtAsync(IReadOnlyCollection<Guid> documentKeys, string role, CancellationToken cancellationToken)
    {
        var keys = documentKeys.Distinct().ToList();
        return await db.Users.AsNoTracking()
            .Where(u => u.Role == role && u.Kind == "Default" && !u.Disabled
                && db.UserStartNodes.Any(s => s.UserId == u.Id && keys.Contains(s.DocumentKey)))
            .OrderBy(u => u.Name).ThenBy(u => u.Email)
            .Select(u => new UserWithStartNodes(u.Key, u.Name, u.Email, new List<Guid>()))
            .ToListAsync(cancellationToken);
    }

    public async Task<bool> AllExistAsync(IReadOnlyCollection<Guid> documentKeys, CancellationToken cancellationToken)
    {
        var wanted = documentKeys.Distinct().ToList();
        return wanted.Count == 0 || await db.Documents.AsNoTracking().CountAsync(d => wanted.Contains(d.Key), cancellationToken) == wanted.Count;
    }

    /// <summary>Replaces the user's start nodes; every key must be an existing document.</summary>
    public async Task<UserOperationStatus> SetAsync(Guid userKey, IReadOnlyCollection<Guid> documentKeys, CancellationToken cancellationToken)
    {
        var userId = await db.Users.Where(u => u.Key == userKey).Select(u => (int?)u.Id).SingleOrDefaultAsync(cancellationToken);
        if (userId is null)
        {
            return UserOperationStatus.NotFound;
        }

        var wanted = documentKeys.Distinct().ToList();
        if (!await AllExistAsync(wanted, cancellationToken))
        {
            return UserOperationStatus.UnknownStartNode;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.UserStartNodes.Where(s => s.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        db.UserStartNodes.AddRange(wanted.Select(key => new UserStartNodeEntity { UserId = userId.Value, DocumentKey = key }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();

        // No session has to end: the inbox reads the start nodes on every request, so a binding removed is gone at once.
        return UserOperationStatus.Success;
    }
}

public sealed record UserWithStartNodes(Guid Key, string Name, string Email, IReadOnlyList<Guid> DocumentStartNodes);
