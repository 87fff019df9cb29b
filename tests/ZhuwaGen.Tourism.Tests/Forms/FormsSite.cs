using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Forms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Forms;

/// <summary>The sample forms and pages of umbraco.config and the seed, by key.</summary>
public static class Samples
{
    public static readonly Guid Enquiry = Guid.Parse("7946659b-a6f7-513e-95d3-a0fcd9c874b6");
    public static readonly Guid GuesthouseStay = Guid.Parse("8f13dc4a-db00-5430-99a1-c789297df04d");
    public static readonly Guid ExperienceSlot = Guid.Parse("48c91c7d-6378-533b-921f-c24e3fee152e");
    public static readonly Guid EventRegistration = Guid.Parse("07acd6ef-b2cc-558a-ac1b-0f712f87ff85");

    public static readonly Guid SangjiuCourtyard = Guid.Parse("027745de-4518-409b-bd12-0280d0caf4fa");
    public static readonly Guid StandardTwin = Guid.Parse("6d58e5c9-32d5-4315-9427-632e562d70cb");

    /// <summary>The family room: one room only, the "last room" of the concurrency tests.</summary>
    public static readonly Guid FamilyRoom = Guid.Parse("6849534f-52fc-4d52-9e83-40f17ff3e28e");

    public static readonly Guid OrchardPicking = Guid.Parse("f2f51186-f93d-45d1-b656-e62bff6efee2");
    public static readonly Guid StudyDay = Guid.Parse("7d6494c8-7e38-4d7b-a2a7-e54aa6b835ff");
}

/// <summary>
/// A started site on a fresh database for Forms tests, with an Api-Key for server-to-server posts, a high post limit
/// (unless a test sets its own) and the workflow runner polling fast.
/// </summary>
public sealed class FormsSite : IAsyncDisposable
{
    public const string ApiKey = "forms-test-key";

    private FormsSite(SiteFactory site, TestDatabase database)
    {
        Site = site;
        Database = database;
        Client = site.CreateClient();
    }

    public SiteFactory Site { get; }

    public TestDatabase Database { get; }

    public HttpClient Client { get; }

    public static async Task<FormsSite> StartAsync(
        DatabaseProvider provider, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, TestDatabase? shared = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Umbraco:Forms:Security:FormsApiKey"] = ApiKey,
            ["Umbraco:Forms:Security:EntriesPerClientPerMinute"] = "10000",
            ["Forms:Workflows:PollInterval"] = "00:00:00.100",
            ["Forms:Workflows:RetryDelay"] = "00:00:00.200",
            ["Forms:Workflows:MaxRetryDelay"] = "00:00:01",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var database = shared ?? await TestDatabase.CreateAsync(provider);
        var site = new SiteFactory(database, all, services).Start();
        return new FormsSite(site, database) { OwnsDatabase = shared is null };
    }

    private bool OwnsDatabase { get; init; }

    public Task<HttpResponseMessage> PostEntryAsync(Guid form, object body, string? idempotencyKey = null, string? culture = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/umbraco/forms/delivery/api/v1/entries/{form:D}")
        {
            Content = JsonContent.Create(body),
        };
        request.Headers.Add("Api-Key", ApiKey);
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        if (culture is not null)
        {
            request.Headers.Add("Accept-Language", culture);
        }

        return Client.SendAsync(request);
    }

    public async Task<T> WithFormsDbAsync<T>(Func<FormsDbContext, Task<T>> action)
    {
        await using var scope = Site.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<FormsDbContext>());
    }

    public async Task<T> WithScopeAsync<TService, T>(Func<TService, Task<T>> action)
        where TService : notnull
    {
        await using var scope = Site.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Site.DisposeAsync();
        if (OwnsDatabase)
        {
            await Database.DisposeAsync();
        }
    }
}

/// <summary>Bodies for the sample booking forms, dated from today so they stay in the future.</summary>
public static class Bodies
{
    /// <summary>
    /// A day counted from today in Asia/Shanghai, where bookings count their days (Forms:Bookings:TimeZone): from 16:00
    /// UTC that is a day ahead of the UTC date, and a stay dated from the UTC day would end a day early.
    /// </summary>
    public static string Day(int fromToday) => Today.AddDays(fromToday).ToString("yyyy-MM-dd");

    public static DateOnly Today =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Asia/Shanghai"));

    public static object Stay(Guid roomType, int checkIn = 40, int nights = 2, int guests = 2, string? email = "guest@example.org", string culture = "en") => new
    {
        values = new Dictionary<string, object?>
        {
            ["checkIn"] = Day(checkIn),
            ["checkOut"] = Day(checkIn + nights),
            ["roomType"] = roomType.ToString("D"),
            ["guests"] = guests.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["name"] = "Ada Guest",
            ["phone"] = "+86 138 0000 0000",
            ["email"] = email,
            ["consent"] = "on",
        },
        contentId = Samples.SangjiuCourtyard.ToString("D"),
        culture,
    };
}
