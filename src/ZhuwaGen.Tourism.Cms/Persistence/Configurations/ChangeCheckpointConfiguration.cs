using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;

namespace ZhuwaGen.Tourism.Cms.Persistence.Configurations;

internal sealed class ChangeCheckpointConfiguration : IEntityTypeConfiguration<ChangeCheckpointEntity>
{
    public void Configure(EntityTypeBuilder<ChangeCheckpointEntity> builder)
    {
        builder.ToTable("change_checkpoints");
        builder.HasKey(c => c.Consumer);
        builder.Property(c => c.Consumer).HasMaxLength(100);
        builder.Property(c => c.LastError).HasMaxLength(4000);
    }
}
