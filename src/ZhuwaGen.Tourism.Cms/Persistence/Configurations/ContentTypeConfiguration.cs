using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;

namespace ZhuwaGen.Tourism.Cms.Persistence.Configurations;

internal sealed class ContentTypeConfiguration : IEntityTypeConfiguration<ContentTypeEntity>
{
    public void Configure(EntityTypeBuilder<ContentTypeEntity> builder)
    {
        builder.ToTable("content_types");
        builder.HasIndex(t => t.Key).IsUnique();
        builder.HasIndex(t => t.Alias).IsUnique();
        builder.Property(t => t.Alias).HasMaxLength(255);
    }
}
