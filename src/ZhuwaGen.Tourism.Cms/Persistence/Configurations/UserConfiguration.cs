using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;

namespace ZhuwaGen.Tourism.Cms.Persistence.Configurations;

internal sealed class UserConfiguration : IEntityTypeConfiguration<UserEntity>
{
    public void Configure(EntityTypeBuilder<UserEntity> builder)
    {
        builder.ToTable("users");
        builder.HasIndex(u => u.Key).IsUnique();
        builder.HasIndex(u => u.Email).IsUnique();
        builder.Property(u => u.Name).HasMaxLength(255);
        builder.Property(u => u.Email).HasMaxLength(255);
        builder.Property(u => u.Role).HasMaxLength(50);
        builder.Property(u => u.Kind).HasMaxLength(20);
        builder.Property(u => u.ClientId).HasMaxLength(100);
        builder.HasIndex(u => u.ClientId).IsUnique();
        builder.Property(u => u.SecurityStamp).HasMaxLength(64);
        builder.HasIndex(u => u.FirstAdministrator).IsUnique();
        builder.Property(u => u.TwoFactorSecret).HasMaxLength(1000);
        builder.Property(u => u.TwoFactorRecoveryCodes).HasMaxLength(1000);
    }
}
