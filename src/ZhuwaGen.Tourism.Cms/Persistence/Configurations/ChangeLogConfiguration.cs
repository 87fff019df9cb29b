using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;

namespace ZhuwaGen.Tourism.Cms.Persistence.Configurations;

internal sealed class ChangeLogConfiguration : IEntityTypeConfiguration<ChangeLogEntryEntity>
{
    public void Configure(EntityTypeBuilder<ChangeLogEntryEntity> builder)
    {
        builder.ToTable("change_log");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Source).HasMaxLength(20);
        builder.Property(e => e.Kind).HasMaxLength(40);
        builder.HasIndex(e => e.CreateDate);
    }
}
