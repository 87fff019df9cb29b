using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;

namespace ZhuwaGen.Tourism.Cms.Persistence.Configurations;

internal sealed class UserStartNodeConfiguration : IEntityTypeConfiguration<UserStartNodeEntity>
{
    public void Configure(EntityTypeBuilder<UserStartNodeEntity> builder)
    {
        builder.ToTable("user_document_start_nodes");
        builder.HasIndex(s => new { s.UserId, s.DocumentKey }).IsUnique();

        // A start node is the user's, so it goes with the user; a document key may outlive its document (trashed and
        // purged), which only means the owner sees no bookings there any more.
        builder.HasOne<UserEntity>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
