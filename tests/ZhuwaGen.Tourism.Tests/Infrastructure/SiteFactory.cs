using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ZhuwaGen.Tourism.Cms.Changes;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Tests.Infrastructure;

/// <summary>
/// The whole web site (Program) in memory over a <see cref="TestDatabase"/>. The host, and with it SiteStartup, starts
/// on the first client or <see cref="Start"/>. Every log message is kept in <see cref="Log"/> so a test can read
/// what an operator would read, such as the one-time install link.
/// </summary>
public sealed class SiteFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="services">Changes the site's services after Program registered them, e.g. to wrap a handler.</param>
    public SiteFactory(TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        Database = database;
        _settings = settings ?? new Dictionary<string, string?>();
        _services = services;
    }

    public TestDatabase Database { get; }

    public LogRecorder Log { get; } = new();

    /// <summary>Registrations added after the site's own, such as a fault-injecting database interceptor.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>The SQL commands the site sent per request path.</summary>
    public SqlCommandCounter Commands { get; } = new();

    /// <summary>A factory over a fresh database; dispose the factory first, then the database.</summary>
    public static async Task<(SiteFactory Site, TestDatabase Database)> CreateAsync(
        DatabaseProvider provider, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        return (new SiteFactory(database, settings, services), database);
    }

    /// <summary>Starts the host (migrations, schema import, seed, snapshot, first administrator) without a request.</summary>
    public SiteFactory Start()
    {
        _ = Server;
        return this;
    }

    public PublishedSnapshot Snapshot => Services.GetRequiredService<PublishedSnapshotService>().Current;

    /// <summary>Runs <paramref name="action"/> with a <see cref="CmsDbContext"/> of the running site.</summary>
    public async Task<T> WithDbAsync<T>(Func<CmsDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<CmsDbContext>());
    }

    public async Task WithScopeAsync<TService>(Func<TService, Task> action)
        where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>
    /// Starts the host and waits for what the site builds once it listens (the search index), so a test's first
    /// search does not race it; <c>SearchStartupTests</c> covers the seconds before.
    /// </summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        host.Services.GetRequiredService<ChangePipeline>().Warmed.WaitAsync(TimeSpan.FromSeconds(60)).GetAwaiter().GetResult();
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // UseSetting, not ConfigureAppConfiguration: Program reads the database settings while it builds the
        // services, before late configuration sources would be added.
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Cms", Database.ConnectionString);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Log));
        builder.ConfigureTestServices(services =>
        {
            // The counter reads the request from IHttpContextAccessor, which the host sets only when it is registered.
            services.AddHttpContextAccessor();
            services.ConfigureDbContext<SqliteCmsDbContext>(options => options.AddInterceptors(Commands));
            services.ConfigureDbContext<PostgresCmsDbContext>(options => options.AddInterceptors(Commands));
            _services?.Invoke(services);
            TestServices?.Invoke(services);
        });
    }

    /// <summary>Keeps every formatted log message, in order, from every logger of the site.</summary>
    public sealed class LogRecorder : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _messages = new();
        private readonly ConcurrentQueue<Exception> _exceptions = new();

        public IReadOnlyList<string> Messages => _messages.ToArray();

        /// <summary>The exceptions logged with a message, such as the one that made the host fail to start.</summary>
        public IReadOnlyList<Exception> Exceptions => _exceptions.ToArray();

        public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Recorder(LogRecorder owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                owner._messages.Enqueue($"{logLevel} {category}: {formatter(state, exception)}");
                if (exception is not null)
                {
                    owner._exceptions.Enqueue(exception);
                }
            }
        }
    }
}
