using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;
using ZhuwaGen.Tourism.Cms.Schema;

namespace ZhuwaGen.Tourism.Cms.Webhooks;

/// <summary>Owns the webhook configuration: validates it, stores it, and generates and rotates the secrets.</summary>
public sealed class WebhookService(CmsDbContext db, TimeProvider clock, IOptions<WebhookOptions> options, SchemaRegistry schemas)
{
    private WebhookContentTypes Types => new(schemas.Current);

    public async Task<IReadOnlyList<WebhookView>> ListAsync(CancellationToken cancellationToken)
    {
        var entities = await db.Webhooks.AsNoTracking().OrderBy(w => w.Id).ToListAsync(cancellationToken);
        return entities.Select(e => WebhookMapping.ToView(e, Types)).ToList();
    }

    public async Task<WebhookView?> GetAsync(Guid key, CancellationToken cancellationToken)
    {
        var entity = await db.Webhooks.AsNoTracking().SingleOrDefaultAsync(w => w.Key == key, cancellationToken);
        return entity is null ? null : WebhookMapping.ToView(entity, Types);
    }

    /// <summary>Creates a webhook with a new secret, which the result carries this once.</summary>
    public async Task<WebhookResult> CreateAsync(WebhookInput input, CancellationToken cancellationToken)
    {
        var valid = WebhookInputValidator.Validate(input, options.Value.AllowPrivateTargets, Types);
        if (valid.Status != WebhookOperationStatus.Success)
        {
            return new WebhookResult(valid.Status, Detail: valid.Detail);
        }

        var entity = new WebhookEntity
        {
            Key = Guid.NewGuid(),
            Url = string.Empty,
            Events = string.Empty,
            ContentTypes = string.Empty,
            Headers = "{}",
            Secret = WebhookSignature.NewSecret(),
            CreateDate = clock.GetUtcNow().UtcDateTime,
        };
        WebhookMapping.Apply(valid, input.Enabled, entity);
        db.Webhooks.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        return new WebhookResult(WebhookOperationStatus.Success, WebhookMapping.ToView(entity, Types), entity.Secret);
    }

    /// <summary>Replaces the settings of a webhook; its secret stays.</summary>
    public async Task<WebhookResult> UpdateAsync(Guid key, WebhookInput input, CancellationToken cancellationToken)
    {
        var entity = await db.Webhooks.SingleOrDefaultAsync(w => w.Key == key, cancellationToken);
        if (entity is null)
        {
            return new WebhookResult(WebhookOperationStatus.NotFound);
        }

        var valid = WebhookInputValidator.Validate(input, options.Value.AllowPrivateTargets, Types);
        if (valid.Status != WebhookOperationStatus.Success)
        {
            return new WebhookResult(valid.Status, Detail: valid.Detail);
        }

        WebhookMapping.Apply(valid, input.Enabled, entity);
        await db.SaveChangesAsync(cancellationToken);
        return new WebhookResult(WebhookOperationStatus.Success, WebhookMapping.ToView(entity, Types));
    }

    /// <summary>Deletes a webhook and the requests still waiting for it; its delivery log is kept.</summary>
    public async Task<WebhookOperationStatus> DeleteAsync(Guid key, CancellationToken cancellationToken)
    {
        var entity = await db.Webhooks.SingleOrDefaultAsync(w => w.Key == key, cancellationToken);
        if (entity is null)
        {
            return WebhookOperationStatus.NotFound;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Webhooks.Remove(entity);
        await db.SaveChangesAsync(cancellationToken);
        await db.WebhookRequests.Where(r => r.WebhookKey == key).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return WebhookOperationStatus.Success;
    }

    /// <summary>Replaces the secret; the old one stops verifying with the next attempt.</summary>
    public async Task<WebhookResult> RotateSecretAsync(Guid key, CancellationToken cancellationToken)
    {
        var entity = await db.Webhooks.SingleOrDefaultAsync(w => w.Key == key, cancellationToken);
        if (entity is null)
        {
            return new WebhookResult(WebhookOperationStatus.NotFound);
        }

        entity.Secret = WebhookSignature.NewSecret();
        await db.SaveChangesAsync(cancellationToken);
        return new WebhookResult(WebhookOperationStatus.Success, WebhookMapping.ToView(entity, Types), entity.Secret);
    }
}
