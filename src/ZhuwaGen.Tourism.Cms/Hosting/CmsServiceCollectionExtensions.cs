using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ZhuwaGen.Tourism.Cms.Auditing;
using ZhuwaGen.Tourism.Cms.Changes;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Documents.Validation;
using ZhuwaGen.Tourism.Cms.Mail;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Previews;
using ZhuwaGen.Tourism.Cms.PropertyEditors;
using ZhuwaGen.Tourism.Cms.Publishing;
using ZhuwaGen.Tourism.Cms.Rendering;
using ZhuwaGen.Tourism.Cms.Reviews;
using ZhuwaGen.Tourism.Cms.Schema;
using ZhuwaGen.Tourism.Cms.Users;

namespace ZhuwaGen.Tourism.Cms.Hosting;

public static class CmsServiceCollectionExtensions
{
    /// <summary>The CMS core: database, schema, documents, publishing, the published snapshot and the scheduler.</summary>
    public static IServiceCollection AddCms(this IServiceCollection services, IConfiguration configuration, string applicationRoot)
    {
        var paths = new CmsPaths(applicationRoot);
        services.AddSingleton(paths);
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName).ValidateOnStart();
        services.AddOptions<SchemaImportOptions>().BindConfiguration(SchemaImportOptions.SectionName).ValidateOnStart();
        services.AddOptions<ScheduledPublishingOptions>().BindConfiguration(ScheduledPublishingOptions.SectionName)
            .Validate(o => o.Interval > TimeSpan.Zero, "Cms:ScheduledPublishing:Interval must be positive.").ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        AddDatabase(services, configuration, paths);
        services.AddKeyRingProtection(configuration, paths);

        services.AddSingleton<SchemaRegistry>();
        // Without the Forms project no form exists, so a forms picker refuses every value; AddForms replaces this.
        services.TryAddSingleton<IFormCatalog>(NoForms.Instance);
        services.AddSingleton(sp => new DocumentValidator(sp.GetRequiredService<IFormCatalog>()));
        services.AddSingleton<PublishedSnapshotService>();
        services.AddChangePipeline();
        services.AddChangeConsumer(new ChangeConsumer(
            ChangeConsumerOrder.Snapshot,
            Content: sp => sp.GetRequiredService<PublishedSnapshotService>(),
            Start: (sp, ct) => sp.GetRequiredService<PublishedSnapshotService>().RebuildAsync(ct)));

        services.AddScoped<CmsInitializer>();
        services.AddScoped<SchemaStore>();
        services.AddScoped<SchemaImporter>();
        services.AddScoped<AuditLog>();
        services.AddScoped<UrlSegmentAssigner>();
        services.AddScoped<DocumentQueries>();
        services.AddScoped<DocumentService>();
        services.AddScoped<DocumentBranches>();
        services.AddScoped<DocumentTreeService>();
        services.AddScoped<RecycleBinService>();
        services.AddSingleton<DocumentEditMerger>();
        services.AddScoped<DocumentVersionService>();
        services.AddScoped<PublishingService>();
        services.AddScoped<SchedulingService>();
        services.AddScoped<PublishedDocumentLoader>();
        services.AddScoped<UserService>();
        services.AddScoped<UserStartNodes>();
        services.AddScoped<UserSessions>();
        services.AddSingleton<SessionStampCache>();
        services.AddOptions<SessionStampCacheOptions>().BindConfiguration(SignInSecurityOptions.SectionName);
        services.AddScoped<SignInService>();
        services.AddScoped<Users.TwoFactor.TwoFactorService>();
        services.AddScoped<UserAccounts>();
        services.AddSingleton<LockoutMail>();
        services.AddSingleton<PasswordResetMail>();
        services.AddScoped<PasswordResets>();
        services.AddScoped<ReviewService>();
        services.AddScoped<ReviewMail>();
        services.AddScoped<PreviewLinks>();
        services.AddOptions<PreviewOptions>().BindConfiguration(PreviewOptions.SectionName)
            .Validate(o => o.LinkLifetime > TimeSpan.Zero, "Cms:Preview:LinkLifetime must be positive.")
            .ValidateOnStart();
        services.AddOptions<WebRoutingOptions>().BindConfiguration(WebRoutingOptions.SectionName);
        services.AddOptions<PasswordResetOptions>().BindConfiguration(PasswordResetOptions.SectionName)
            .Validate(o => o.LinkLifetime > TimeSpan.Zero && o.InviteLinkLifetime > TimeSpan.Zero,
                "Cms:Security:PasswordReset:LinkLifetime and InviteLinkLifetime must be positive.")
            .ValidateOnStart();
        services.AddSingleton<GuessThrottle>();
        services.AddMail();
        services.AddOptions<SignInSecurityOptions>().BindConfiguration(SignInSecurityOptions.SectionName)
            .Validate(o => o.MaxFailedSignIns > 0 && o.LockoutDuration > TimeSpan.Zero && o.SignInsPerClientPerMinute > 0
                && o.TokenRequestsPerClientPerMinute > 0 && o.AccountSlowdownAfter > 0 && o.AccountSlowdownDelay >= TimeSpan.Zero
                && o.MaxTrackedGuessers > 0,
                "Cms:Security limits and the lockout duration must be positive.")
            .ValidateOnStart();
        services.AddSingleton<MarkdownRenderer>();
        services.AddHostedService<ScheduledPublishingJob>();
        return services;
    }

    private static void AddDatabase(IServiceCollection services, IConfiguration configuration, CmsPaths paths)
    {
        var provider = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>()?.Provider ?? DatabaseProvider.Sqlite;
        var connectionString = configuration.GetConnectionString("Cms");
        if (provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new CmsStartupException("Database:Provider is Postgres, but ConnectionStrings:Cms is not set.");
            }

            services.AddDbContext<CmsDbContext, PostgresCmsDbContext>(o => o.UseNpgsql(connectionString));
            return;
        }

        if (string.IsNullOrWhiteSpace(connectionString))
        {
            Directory.CreateDirectory(paths.AppData);
            connectionString = $"Data Source={Path.Combine(paths.AppData, "zhuwagen.db")}";
        }

        services.AddDbContext<CmsDbContext, SqliteCmsDbContext>(o => o.UseSqlite(connectionString));
    }
}
