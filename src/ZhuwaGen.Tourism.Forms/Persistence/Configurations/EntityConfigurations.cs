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
        builder.Property(e => e.ConsentText).HasMaxLength(4000);
        builder.HasIndex(e => new { e.FormId, e.IdempotencyKey }).IsUnique();
        builder.HasIndex(e => new { e.FormId, e.CreatedUtc });

        // The usage check before a form's delete cannot see an entry committed after it; the database can. NO ACTION
        // rather than RESTRICT: both refuse at the end of the statement, but SQLite carries out RESTRICT as a trigger and
        // reports it as one (1811), where NO ACTION is reported as the foreign key error (787) it is.
        builder.HasOne<FormDefinitionEntity>().WithMany().HasForeignKey(e => e.FormId).OnDelete(DeleteBehavior.NoAction);
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
        builder.Property(b => b.DecidedByName).HasMaxLength(200);
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

internal sealed class RoomBlockConfiguration : IEntityTypeConfiguration<RoomBlockEntity>
{
    public void Configure(EntityTypeBuilder<RoomBlockEntity> builder)
    {
        builder.ToTable("room_blocks");
        builder.Property(b => b.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.Resource).HasMaxLength(200);
        builder.Property(b => b.Note).HasMaxLength(500);
        builder.Property(b => b.CalendarLabel).HasMaxLength(100);
        builder.Property(b => b.CalendarUid).HasMaxLength(300);
        builder.Property(b => b.CreatedBy).HasMaxLength(320);
        builder.HasIndex(b => new { b.ContentId, b.FirstNight });
    }
}

internal sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeedEntity>
{
    public void Configure(EntityTypeBuilder<CalendarFeedEntity> builder)
    {
        builder.ToTable("calendar_feeds");
        builder.Property(f => f.Token).HasMaxLength(100);
        builder.HasIndex(f => f.Token).IsUnique();
        builder.HasIndex(f => f.ContentId);
    }
}

internal sealed class CalendarSyncLogConfiguration : IEntityTypeConfiguration<CalendarSyncLogEntity>
{
    public void Configure(EntityTypeBuilder<CalendarSyncLogEntity> builder)
    {
        builder.ToTable("calendar_sync_log");
        builder.Property(l => l.Label).HasMaxLength(100);
        builder.Property(l => l.Origin).HasMaxLength(500);
        builder.Property(l => l.Message).HasMaxLength(2000);
        builder.HasIndex(l => new { l.ContentId, l.RunUtc });
    }
}

internal sealed class CalendarSubscriptionConfiguration : IEntityTypeConfiguration<CalendarSubscriptionEntity>
{
    public void Configure(EntityTypeBuilder<CalendarSubscriptionEntity> builder)
    {
        builder.ToTable("calendar_subscriptions");
        builder.Property(s => s.Label).HasMaxLength(100);
        builder.Property(s => s.Url).HasMaxLength(500);
        builder.Property(s => s.CreatedBy).HasMaxLength(255);
        builder.HasIndex(s => new { s.ContentId, s.RoomType, s.Label }).IsUnique();
        builder.HasIndex(s => s.NextRunUtc);
    }
}

internal sealed class FormDefinitionConfiguration : IEntityTypeConfiguration<FormDefinitionEntity>
{
    public void Configure(EntityTypeBuilder<FormDefinitionEntity> builder)
    {
        builder.ToTable("form_definitions");
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Name).HasMaxLength(200);
        builder.Property(f => f.FileHash).HasMaxLength(64);
        builder.Property(f => f.UpdatedBy).HasMaxLength(320);
        builder.Property(f => f.Revision).IsConcurrencyToken();
    }
}

internal sealed class GuesthouseRobotConfiguration : IEntityTypeConfiguration<GuesthouseRobotEntity>
{
    public void Configure(EntityTypeBuilder<GuesthouseRobotEntity> builder)
    {
        builder.ToTable("guesthouse_robots");
        builder.HasKey(r => r.ContentId);
        builder.Property(r => r.ContentId).ValueGeneratedNever();
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Url).HasMaxLength(1000);
        builder.Property(r => r.UpdatedBy).HasMaxLength(200);
    }
}
