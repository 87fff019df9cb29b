using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;

namespace ZhuwaGen.Tourism.Cms.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntryEntity>
{
    public void Configure(EntityTypeBuilder<AuditEntryEntity> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasIndex(a => a.DocumentKey);
        builder.HasIndex(a => a.Timestamp);
        builder.Property(a => a.UserName).HasMaxLength(255);
        builder.Property(a => a.Action).HasMaxLength(50);
        builder.Property(a => a.Cultures).HasMaxLength(500);
    }
}
