using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Auditing;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;

namespace ZhuwaGen.Tourism.Cms.Previews;

public enum PreviewLinkStatus
{
    Valid,

    /// <summary>Not a token this site made (or tampered with).</summary>
    Invalid,
    Expired,
    Revoked,

    /// <summary>The item was trashed or deleted since.</summary>
    Gone,
}

public sealed record PreviewLink(Guid Key, Guid DocumentKey, string Culture, string CreatedByName, DateTime CreatedAt, DateTime ExpiresAt, DateTime? RevokedAt);

public sealed record PreviewLinkCheck(PreviewLinkStatus Status, PreviewLink? Link);

/// <summary>
/// Shareable, read-only previews of a draft for someone without an account (the township lead): a token protected by
/// Data Protection names a link row; the row's expiry and revocation decide whether it still opens. The token carries
/// no rights beyond showing that one item's current draft in that one culture.
/// </summary>
public sealed class PreviewLinks(CmsDbContext db, IDataProtectionProvider protection, AuditLog audit, TimeProvider clock, IOptions<PreviewOptions> options)
{
    private const string Purpose = "ZhuwaGen.Previews.Link";
    public const string CreateAction = "PreviewLinkCreated";
    public const string RevokeAction = "PreviewLinkRevoked";

    /// <summary>
    /// Makes a link for <paramref name="culture"/> of a document (its token is <see cref="TokenFor"/>). The page it opens
    /// names <paramref name="displayName"/> as who shared it (never the account's email: the page is public).
    /// </summary>
    public async Task<PreviewLink> CreateAsync(
        Guid documentKey, string culture, string userName, string displayName, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var entity = new PreviewLinkEntity
        {
            Key = Guid.NewGuid(),
            DocumentKey = documentKey,
            Culture = culture,
            CreatedByName = displayName,
            CreatedAt = now,
            ExpiresAt = now + options.Value.LinkLifetime,
        };
        db.PreviewLinks.Add(entity);
        audit.Add(userName, CreateAction, documentKey, [culture], entity.ExpiresAt.ToString("O"));
        await db.SaveChangesAsync(cancellationToken);
        return ToLink(entity);
    }

    /// <summary>The token of a link that already exists, to show it again to the editors of the item.</summary>
    public string TokenFor(Guid linkKey) => Protector.Protect(linkKey.ToString("N"));

    public async Task<PreviewLinkCheck> CheckAsync(string? token, CancellationToken cancellationToken)
    {
        Guid key;
        try
        {
            if (!Guid.TryParseExact(Protector.Unprotect(token ?? string.Empty), "N", out key))
            {
                return new PreviewLinkCheck(PreviewLinkStatus.Invalid, null);
            }
        }
        catch (CryptographicException)
        {
            return new PreviewLinkCheck(PreviewLinkStatus.Invalid, null);
        }

        var entity = await db.PreviewLinks.AsNoTracking().SingleOrDefaultAsync(p => p.Key == key, cancellationToken);
        if (entity is null)
        {
            return new PreviewLinkCheck(PreviewLinkStatus.Invalid, null);
        }

        var link = ToLink(entity);
        if (entity.RevokedAt is not null)
        {
            return new PreviewLinkCheck(PreviewLinkStatus.Revoked, link);
        }

        if (entity.ExpiresAt <= clock.GetUtcNow().UtcDateTime)
        {
            return new PreviewLinkCheck(PreviewLinkStatus.Expired, link);
        }

        var exists = await db.Documents.AnyAsync(d => d.Key == entity.DocumentKey && !d.Trashed, cancellationToken);
        return new PreviewLinkCheck(exists ? PreviewLinkStatus.Valid : PreviewLinkStatus.Gone, link);
    }

    /// <summary>The links of one item that still open, newest first.</summary>
    public async Task<IReadOnlyList<PreviewLink>> ActiveAsync(Guid documentKey, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return (await db.PreviewLinks.AsNoTracking()
                .Where(p => p.DocumentKey == documentKey && p.RevokedAt == null && p.ExpiresAt > now)
                .OrderByDescending(p => p.Id).ToListAsync(cancellationToken))
            .Select(ToLink).ToList();
    }

    /// <summary>Revokes a link of <paramref name="documentKey"/>; false when there is no such link on that item.</summary>
    public async Task<bool> RevokeAsync(Guid documentKey, Guid linkKey, string userName, CancellationToken cancellationToken)
    {
        var entity = await db.PreviewLinks.SingleOrDefaultAsync(p => p.Key == linkKey && p.DocumentKey == documentKey, cancellationToken);
        if (entity is null)
        {
            return false;
        }

        entity.RevokedAt ??= clock.GetUtcNow().UtcDateTime;
        audit.Add(userName, RevokeAction, documentKey, [entity.Culture]);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private IDataProtector Protector => protection.CreateProtector(Purpose);

    private static PreviewLink ToLink(PreviewLinkEntity e) => new(e.Key, e.DocumentKey, e.Culture, e.CreatedByName, e.CreatedAt, e.ExpiresAt, e.RevokedAt);
}

/// <summary>How long a shared preview link opens (<c>Cms:Preview</c>).</summary>
public sealed class PreviewOptions
{
    public const string SectionName = "Cms:Preview";

    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromDays(7);
}
