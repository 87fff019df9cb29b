using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;

namespace ZhuwaGen.Tourism.Cms.Persistence.Configurations;

internal sealed class RedirectUrlConfiguration : IEntityTypeConfiguration<RedirectUrlEntity>
{
    public void Configure(EntityTypeBuilder<RedirectUrlEntity> builder)
    {
        builder.ToTable("redirect_urls");
        builder.HasIndex(r => new { r.RootKey, r.Culture, r.Route }).IsUnique();
        builder.HasIndex(r => r.DocumentKey);
        builder.Property(r => r.Culture).HasMaxLength(20);
        builder.Property(r => r.Route).HasMaxLength(2000);
    }
}
