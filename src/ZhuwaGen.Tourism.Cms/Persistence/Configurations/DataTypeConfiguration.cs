using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;

namespace ZhuwaGen.Tourism.Cms.Persistence.Configurations;

internal sealed class DataTypeConfiguration : IEntityTypeConfiguration<DataTypeEntity>
{
    public void Configure(EntityTypeBuilder<DataTypeEntity> builder)
    {
        builder.ToTable("data_types");
        builder.HasIndex(d => d.Key).IsUnique();
        builder.HasIndex(d => d.Alias).IsUnique();
        builder.Property(d => d.Alias).HasMaxLength(255);
        builder.Property(d => d.Name).HasMaxLength(255);
        builder.Property(d => d.EditorAlias).HasMaxLength(255);
        builder.Property(d => d.EditorUiAlias).HasMaxLength(255);
    }
}
