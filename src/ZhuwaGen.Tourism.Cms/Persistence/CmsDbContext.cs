using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;

namespace ZhuwaGen.Tourism.Cms.Persistence;

/// <summary>
/// The CMS's database. Each provider has a derived context so that each keeps its own migrations
/// (<see cref="SqliteCmsDbContext"/>, <see cref="PostgresCmsDbContext"/>); code depends on this base type.
/// </summary>
public abstract class CmsDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<ChangeLogEntryEntity> ChangeLog => Set<ChangeLogEntryEntity>();

    public DbSet<ChangeCheckpointEntity> ChangeCheckpoints => Set<ChangeCheckpointEntity>();

    public DbSet<MediaEntity> Media => Set<MediaEntity>();

    public DbSet<RedirectUrlEntity> RedirectUrls => Set<RedirectUrlEntity>();

    public DbSet<WebhookEntity> Webhooks => Set<WebhookEntity>();

    public DbSet<WebhookRequestEntity> WebhookRequests => Set<WebhookRequestEntity>();

    public DbSet<WebhookLogEntity> WebhookLogs => Set<WebhookLogEntity>();

    public DbSet<LanguageEntity> Languages => Set<LanguageEntity>();

    public DbSet<DataTypeEntity> DataTypes => Set<DataTypeEntity>();

    public DbSet<ContentTypeEntity> ContentTypes => Set<ContentTypeEntity>();

    public DbSet<DocumentEntity> Documents => Set<DocumentEntity>();

    public DbSet<DocumentCultureEntity> DocumentCultures => Set<DocumentCultureEntity>();

    public DbSet<DocumentVersionEntity> DocumentVersions => Set<DocumentVersionEntity>();

    public DbSet<AuditEntryEntity> AuditEntries => Set<AuditEntryEntity>();

    public DbSet<UserEntity> Users => Set<UserEntity>();

    public DbSet<UserStartNodeEntity> UserStartNodes => Set<UserStartNodeEntity>();

    public DbSet<ReviewRequestEntity> ReviewRequests => Set<ReviewRequestEntity>();

    public DbSet<PreviewLinkEntity> PreviewLinks => Set<PreviewLinkEntity>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CmsDbContext).Assembly);
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");

        // API users sign in with OAuth2 client credentials through OpenIddict, whose stores live here too.
        modelBuilder.UseOpenIddict();
    }
}
