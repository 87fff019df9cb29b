using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ZhuwaGen.Tourism.Cms.Hosting;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.PropertyEditors;
using ZhuwaGen.Tourism.Cms.Schema;
using ZhuwaGen.Tourism.Cms.Webhooks;
using ZhuwaGen.Tourism.Forms.Api;
using ZhuwaGen.Tourism.Forms.Bookings;
using ZhuwaGen.Tourism.Forms.Bookings.Blocks;
using ZhuwaGen.Tourism.Forms.Bookings.Calendars;
using ZhuwaGen.Tourism.Forms.Bookings.Retention;
using ZhuwaGen.Tourism.Forms.Definitions;
using ZhuwaGen.Tourism.Forms.Entries;
using ZhuwaGen.Tourism.Forms.Persistence;
using ZhuwaGen.Tourism.Forms.Workflows;

namespace ZhuwaGen.Tourism.Forms.Hosting;

public static class FormsServiceCollectionExtensions
{
    /// <summary>Forms, entries, workflows and bookings, on the CMS's database. Call after AddCms.</summary>
    public static IServiceCollection AddForms(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FormsApiOptions>().BindConfiguration(FormsApiOptions.SectionName)
            .Validate(o => o.Security.EntriesPerClientPerMinute > 0, "Umbraco:Forms:Security:EntriesPerClientPerMinute must be positive.")
            .ValidateOnStart();
        services.AddOptions<BookingOptions>().BindConfiguration(BookingOptions.SectionName)
            .Validate(o => o.ReplyWindow > TimeSpan.Zero && o.MaxNights > 0 && o.CancelLinkLifetime > TimeSpan.Zero && o.DeadlineCheckInterval > TimeSpan.Zero,
                "Forms:Bookings: the reply window, the longest stay, the cancel link lifetime and the check interval must be positive.")
            .Validate(o => o.RetentionDays > 0 && o.EntryRetentionDays > 0 && o.RetentionCheckInterval > TimeSpan.Zero && o.BlockHorizonDays > 0,
                "Forms:Bookings: RetentionDays, EntryRetentionDays, RetentionCheckInterval and BlockHorizonDays must be positive.")
            .Validate(o => o.CalendarSyncInterval > TimeSpan.Zero, "Forms:Bookings:CalendarSyncInterval must be positive.")
            .ValidateOnStart();
        services.AddOptions<FormChangeOptions>().BindConfiguration(FormChangeOptions.SectionName)
            .Validate(o => o.ChangeCheckInterval > TimeSpan.Zero, "Forms:Definitions:ChangeCheckInterval must be positive.").ValidateOnStart();
        services.AddOptions<WorkflowOptions>().BindConfiguration(WorkflowOptions.SectionName)
            .Validate(o => o.PollInterval > TimeSpan.Zero && o.RetryDelay > TimeSpan.Zero && o.MaxAttempts > 0 && o.AttemptTimeout > TimeSpan.Zero,
                "Forms:Workflows intervals and MaxAttempts must be positive.")
            .ValidateOnStart();
        services.AddFormsDatabase(configuration);

        services.TryAddKeyedSingleton<TimeProvider>(FormsClock.Key, (sp, _) => sp.GetRequiredService<TimeProvider>());
        services.AddSingleton<FormRegistry>();
        services.Replace(ServiceDescriptor.Singleton<IFormCatalog, FormCatalog>());
        services.AddScoped<BookingReceipts>();
        services.AddSingleton<ISchemaSection, FormsSchemaSection>();
        services.AddScoped<FormsInitializer>();
        services.AddScoped<FormStore>();
        services.AddScoped<FormFileImport>();
        services.AddScoped<FormUsage>();
        services.AddScoped<FormCacheEviction>();
        services.AddScoped<FormDefinitionService>();
        services.AddScoped<EntryDecisions>();
        services.AddScoped<EntryService>();
        services.AddScoped<EntryQueries>();
        services.AddScoped<BookingService>();
        services.AddScoped<GuesthouseManagers>();
        services.AddScoped<RoomStatus>();
        services.AddScoped<RoomBlocks>();
        services.AddScoped<CalendarFeeds>();
        services.AddScoped<CalendarImport>();
        services.AddSingleton<CalendarUrlFetch>();
        services.AddScoped<CalendarSubscriptions>();
        services.AddSingleton<CalendarResync>();
        services.AddScoped<BookingRetention>();
        services.AddScoped<EntryRetention>();
        services.AddSingleton<CancelLinks>();
        services.AddScoped<FormsApiAccess>();

        services.AddHttpClient(PostToUrlWorkflow.ClientName, client => client.Timeout = TimeSpan.FromSeconds(30));

        // A calendar URL is typed by an owner: fetched like a webhook target (checked addresses, no redirect, no proxy).
        services.AddHttpClient(CalendarUrlFetch.ClientName, client => client.Timeout = TimeSpan.FromSeconds(20))
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseCookies = false,
                UseProxy = false,
                ConnectCallback = sp.GetRequiredService<WebhookConnector>().ConnectAsync,
            });

        // A guesthouse's robot URL is typed by an owner too: the same checked connection.
        services.AddScoped<Bookings.Robots.GuesthouseRobots>();
        services.AddHttpClient(Bookings.Robots.GuesthouseRobots.ClientName, client => client.Timeout = TimeSpan.FromSeconds(20))
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseCookies = false,
                UseProxy = false,
                ConnectCallback = sp.GetRequiredService<WebhookConnector>().ConnectAsync,
            });
        services.AddSingleton<IWorkflowExecutor, SendEmailWorkflow>();
        services.AddSingleton<IWorkflowExecutor, PostToUrlWorkflow>();
        services.AddSingleton<IWorkflowExecutor, RobotWorkflow>();
        services.AddSingleton<WorkflowRunner>();
        services.AddHostedService<WorkflowRunnerJob>();
        services.AddHostedService<BookingDeadlineJob>();
        services.AddHostedService<BookingRetentionJob>();
        services.AddHostedService<CalendarResyncJob>();
        services.AddHostedService<FormChangeWatch>();
        services.AddFormsRateLimits();
        return services;
    }

    private static void AddFormsDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        // The CMS's database and connection string, read the way AddCms reads them.
        var provider = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>()?.Provider ?? DatabaseProvider.Sqlite;
        var connectionString = configuration.GetConnectionString("Cms");
        if (provider == DatabaseProvider.Postgres)
        {
            services.AddDbContext<FormsDbContext, PostgresFormsDbContext>(o => o.UseNpgsql(connectionString, FormsDatabase.Postgres));
            return;
        }

        services.AddDbContext<FormsDbContext, SqliteFormsDbContext>((sp, o) => o.UseSqlite(
            string.IsNullOrWhiteSpace(connectionString)
                ? $"Data Source={Path.Combine(sp.GetRequiredService<CmsPaths>().AppData, "zhuwagen.db")}"
                : connectionString,
            FormsDatabase.Sqlite));
    }
}
