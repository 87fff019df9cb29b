using Microsoft.EntityFrameworkCore;

namespace ZhuwaGen.Tourism.Forms.Persistence;

/// <summary>
/// Forms' tables, in the CMS's database but with their own migrations and history table
/// (<see cref="MigrationsHistoryTable"/>), so the two models evolve without touching each other's snapshots.
/// </summary>
public abstract class FormsDbContext(DbContextOptions options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__FormsMigrationsHistory";

    public DbSet<EntryEntity> Entries => Set<EntryEntity>();

    public DbSet<WorkflowOutboxEntity> WorkflowOutbox => Set<WorkflowOutboxEntity>();

    public DbSet<BookingEntity> Bookings => Set<BookingEntity>();

    public DbSet<InventoryHoldEntity> InventoryHolds => Set<InventoryHoldEntity>();

    public DbSet<RoomBlockEntity> RoomBlocks => Set<RoomBlockEntity>();

    public DbSet<CalendarFeedEntity> CalendarFeeds => Set<CalendarFeedEntity>();

    public DbSet<CalendarSyncLogEntity> CalendarSyncLog => Set<CalendarSyncLogEntity>();

    public DbSet<CalendarSubscriptionEntity> CalendarSubscriptions => Set<CalendarSubscriptionEntity>();
    public DbSet<GuesthouseRobotEntity> GuesthouseRobots => Set<GuesthouseRobotEntity>();

    public DbSet<FormDefinitionEntity> FormDefinitions => Set<FormDefinitionEntity>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(FormsDbContext).Assembly);
}

public sealed class SqliteFormsDbContext(DbContextOptions<SqliteFormsDbContext> options) : FormsDbContext(options);

public sealed class PostgresFormsDbContext(DbContextOptions<PostgresFormsDbContext> options) : FormsDbContext(options);
