using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;

namespace ZhuwaGen.Tourism.Cms.Persistence.Configurations;

internal sealed class DocumentCultureConfiguration : IEntityTypeConfiguration<DocumentCultureEntity>
{
    public void Configure(EntityTypeBuilder<DocumentCultureEntity> builder)
    {
        builder.ToTable("document_cultures");
        builder.HasKey(c => new { c.DocumentId, c.Culture });
        builder.Property(c => c.Culture).HasMaxLength(20);
        builder.Property(c => c.Name).HasMaxLength(255);
        builder.Property(c => c.UrlSegment).HasMaxLength(255);
        // The URL segment check looks a segment up among all items' cultures, then keeps the siblings'.
        builder.HasIndex(c => new { c.Culture, c.UrlSegment });
        builder.HasIndex(c => c.ScheduledPublishDate);
        builder.HasIndex(c => c.ScheduledUnpublishDate);
    }
}
