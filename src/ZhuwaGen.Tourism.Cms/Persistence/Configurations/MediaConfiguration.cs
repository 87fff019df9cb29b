using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;

namespace ZhuwaGen.Tourism.Cms.Persistence.Configurations;

internal sealed class MediaConfiguration : IEntityTypeConfiguration<MediaEntity>
{
    public void Configure(EntityTypeBuilder<MediaEntity> builder)
    {
        builder.ToTable("media");
        builder.HasIndex(m => m.Key).IsUnique();
        builder.HasIndex(m => new { m.ParentId, m.SortOrder });
        builder.Property(m => m.Name).HasMaxLength(255);
        builder.Property(m => m.MediaTypeAlias).HasMaxLength(50);
        builder.Property(m => m.Path).HasMaxLength(2000);
        builder.Property(m => m.CreatedBy).HasMaxLength(255);
        builder.Property(m => m.FilePath).HasMaxLength(500);
        builder.Property(m => m.Extension).HasMaxLength(20);
        builder.Property(m => m.ContentType).HasMaxLength(100);
        builder.Property(m => m.FocalPointLeft).HasPrecision(9, 6);
        builder.Property(m => m.FocalPointTop).HasPrecision(9, 6);
        builder.HasOne<MediaEntity>().WithMany().HasForeignKey(m => m.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
