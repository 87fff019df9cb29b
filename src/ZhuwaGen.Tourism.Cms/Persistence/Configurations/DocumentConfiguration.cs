using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;

namespace ZhuwaGen.Tourism.Cms.Persistence.Configurations;

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<DocumentEntity>
{
    public void Configure(EntityTypeBuilder<DocumentEntity> builder)
    {
        builder.ToTable("documents");
        builder.HasIndex(d => d.Key).IsUnique();
        builder.HasIndex(d => new { d.ParentId, d.SortOrder });
        builder.Property(d => d.ContentTypeAlias).HasMaxLength(255);
        builder.Property(d => d.Path).HasMaxLength(2000);
        builder.Property(d => d.CreatedBy).HasMaxLength(255);
        builder.Property(d => d.Revision).IsConcurrencyToken();
        builder.HasOne<DocumentEntity>().WithMany().HasForeignKey(d => d.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Cultures).WithOne().HasForeignKey(c => c.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
