using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ZhuwaGen.Tourism.Forms.Persistence.Configurations;

internal sealed class EntryConfiguration : IEntityTypeConfiguration<EntryEntity>
{
    public void Configure(EntityTypeBuilder<EntryEntity> builder)
    {
        builder.ToTable("form_entries");
        builder.Property(e => e.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Culture).HasMaxLength(20);
        builder.Property(e => e.IdempotencyKey).HasMaxLength(100);
        builder.HasIndex(e => new { e.FormId, e.IdempotencyKey }).IsUnique();
        builder.HasIndex(e => new { e.FormId, e.CreatedUtc });
    }
}

internal sealed class WorkflowOutboxConfiguration : IEntityTypeConfiguration<WorkflowOutboxEntity>
{
    public void Configure(EntityTypeBuilder<WorkflowOutboxEntity> builder)
    {
        builder.ToTable("form_workflow_outbox");
        builder.Property(o => o.LastError).HasMaxLength(2000);
        builder.HasIndex(o => new { o.CompletedUtc, o.NextAttemptUtc });
        builder.HasIndex(o => o.EntryId);
    }
}

internal sealed class BookingConfiguration : IEntityTypeConfiguration<BookingEntity>
{
    public void Configure(EntityTypeBuilder<BookingEntity> builder)
    {
        builder.ToTable("bookings");
        builder.Property(b => b.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.Reference).HasMaxLength(20);
        builder.Property(b => b.Resource).HasMaxLength(200);
        builder.Property(b => b.GuestName).HasMaxLength(200);
        builder.Property(b => b.GuestEmail).HasMaxLength(320);
        builder.Property(b => b.GuestPhone).HasMaxLength(50);
        builder.Property(b => b.Culture).HasMaxLength(20);
        builder.Property(b => b.OwnerMessage).HasMaxLength(2000);
        builder.HasIndex(b => b.Reference).IsUnique();
        builder.HasIndex(b => b.EntryId).IsUnique();
        builder.HasIndex(b => new { b.ContentId, b.FirstNight });
        builder.HasIndex(b => new { b.State, b.ReplyDeadlineUtc });
    }
}

internal sealed class InventoryHoldConfiguration : IEntityTypeConfiguration<InventoryHoldEntity>
{
    public void Configure(EntityTypeBuilder<InventoryHoldEntity> builder)
    {
        builder.ToTable("inventory_holds");
        builder.Property(h => h.Resource).HasMaxLength(200);
        builder.HasIndex(h => new { h.Resource, h.Night, h.Unit }).IsUnique();
        builder.HasIndex(h => h.BookingId);
    }
}
