using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;
using ZhuwaGen.Tourism.Cms.Reviews;

namespace ZhuwaGen.Tourism.Cms.Persistence.Configurations;

internal sealed class ReviewRequestConfiguration : IEntityTypeConfiguration<ReviewRequestEntity>
{
    public void Configure(EntityTypeBuilder<ReviewRequestEntity> builder)
    {
        builder.ToTable("review_requests");
        builder.HasIndex(r => new { r.State, r.SubmittedAt });
        builder.HasIndex(r => new { r.DocumentKey, r.Culture });
        builder.HasIndex(r => new { r.SubmittedByKey, r.SubmittedAt });
        builder.Property(r => r.Culture).HasMaxLength(20);
        builder.Property(r => r.State).HasMaxLength(20);
        builder.Property(r => r.SubmittedByName).HasMaxLength(255);
        builder.Property(r => r.DecidedByName).HasMaxLength(255);
        builder.Property(r => r.Note).HasMaxLength(ReviewLimits.NoteLength);
        builder.Property(r => r.DecisionComment).HasMaxLength(ReviewLimits.NoteLength);
    }
}
