using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;

namespace ZhuwaGen.Tourism.Cms.Persistence.Configurations;

internal sealed class WebhookConfiguration : IEntityTypeConfiguration<WebhookEntity>
{
    public void Configure(EntityTypeBuilder<WebhookEntity> builder)
    {
        builder.ToTable("webhooks");
        builder.HasIndex(w => w.Key).IsUnique();
        builder.Property(w => w.Name).HasMaxLength(WebhookEntity.MaxNameLength);
        builder.Property(w => w.Description).HasMaxLength(WebhookEntity.MaxDescriptionLength);
        builder.Property(w => w.Url).HasMaxLength(2000);
        builder.Property(w => w.Events).HasMaxLength(1000);
        builder.Property(w => w.ContentTypes).HasMaxLength(WebhookEntity.MaxContentTypesLength);
        builder.Property(w => w.Secret).HasMaxLength(200);
    }
}

internal sealed class WebhookRequestConfiguration : IEntityTypeConfiguration<WebhookRequestEntity>
{
    public void Configure(EntityTypeBuilder<WebhookRequestEntity> builder)
    {
        builder.ToTable("webhook_requests");
        builder.HasIndex(r => r.NextAttemptDate);
        builder.Property(r => r.EventAlias).HasMaxLength(100);
    }
}

internal sealed class WebhookLogConfiguration : IEntityTypeConfiguration<WebhookLogEntity>
{
    public void Configure(EntityTypeBuilder<WebhookLogEntity> builder)
    {
        builder.ToTable("webhook_logs");
        builder.HasIndex(l => l.Key).IsUnique();
        builder.HasIndex(l => new { l.WebhookKey, l.Date });
        builder.Property(l => l.EventAlias).HasMaxLength(100);
        builder.Property(l => l.Url).HasMaxLength(2000);
    }
}
