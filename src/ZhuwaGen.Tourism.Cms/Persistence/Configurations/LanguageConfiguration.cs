using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;

namespace ZhuwaGen.Tourism.Cms.Persistence.Configurations;

internal sealed class LanguageConfiguration : IEntityTypeConfiguration<LanguageEntity>
{
    public void Configure(EntityTypeBuilder<LanguageEntity> builder)
    {
        builder.ToTable("languages");
        builder.HasIndex(l => l.IsoCode).IsUnique();
        builder.HasIndex(l => l.Key).IsUnique();
        builder.Property(l => l.IsoCode).HasMaxLength(20);
        builder.Property(l => l.CultureName).HasMaxLength(100);
        builder.Property(l => l.FallbackIsoCode).HasMaxLength(20);
    }
}
