using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;

namespace ZhuwaGen.Tourism.Cms.Persistence.Configurations;

internal sealed class PreviewLinkConfiguration : IEntityTypeConfiguration<PreviewLinkEntity>
{
    public void Configure(EntityTypeBuilder<PreviewLinkEntity> builder)
    {
        builder.ToTable("preview_links");
        builder.HasIndex(p => p.Key).IsUnique();
        builder.HasIndex(p => p.DocumentKey);
        builder.Property(p => p.Culture).HasMaxLength(20);
        builder.Property(p => p.CreatedByName).HasMaxLength(255);
    }
}
