using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;

namespace ZhuwaGen.Tourism.Cms.Persistence.Configurations;

internal sealed class DocumentVersionConfiguration : IEntityTypeConfiguration<DocumentVersionEntity>
{
    public void Configure(EntityTypeBuilder<DocumentVersionEntity> builder)
    {
        builder.ToTable("document_versions");
        builder.HasIndex(v => new { v.DocumentId, v.Id });
        builder.Property(v => v.CreatedBy).HasMaxLength(255);
        builder.Property(v => v.PublishedCultures).HasMaxLength(500);
        builder.HasOne<DocumentEntity>().WithMany().HasForeignKey(v => v.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
