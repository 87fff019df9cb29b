using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Forms.Persistence;
using ZhuwaGen.Tourism.Tests.Forms;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Management;

namespace ZhuwaGen.Tourism.Tests.Backoffice.Bookings;

/// <summary>
/// A started site for the bookings inbox: the two sample guesthouses, an owner bound to each (Sangjiu Courtyard's and
/// Xiongjiu Homestay's), mail written to a pickup folder of its own, and requests booked through the Forms API.
/// </summary>
public sealed class InboxSite : IAsyncDisposable
{
    public static readonly Guid XiongjiuHomestay = Guid.Parse("a27fe6ab-bede-44f2-bfb4-7fd664459169");
    public static readonly Guid DoubleRoom = Guid.Parse("6440a38e-e14a-4740-ac5a-575774bd1c2f");

    private InboxSite(FormsSite forms, string pickup)
    {
        Forms = forms;
        Pickup = pickup;
    }

    public FormsSite Forms { get; }

    public SiteFactory Site => Forms.Site;

    /// <summary>Where the site writes mail (.eml files) instead of sending it.</summary>
    public string Pickup { get; }

    public static async Task<InboxSite> StartAsync(
        DatabaseProvider provider, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var pickup = Path.Combine(Path.GetTempPath(), "zhuwagen-inbox-mail-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(pickup);
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["Smtp:PickupDirectory"] = pickup };
        return new InboxSite(await FormsSite.StartAsync(provider, all, services), pickup);
    }

    /// <summary>A signed-in owner bound to <paramref name="guesthouses"/> through their document start nodes.</summary>
    public async Task<HttpClient> OwnerAsync(params Guid[] guesthouses)
    {
        var email = await ManagementClients.CreateUserAsync(Site, UserRoles.GuesthouseOwner);
        var key = await Site.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Key).SingleAsync());
        await Site.WithScopeAsync<UserStartNodes>(async nodes => Assert.Equal(UserOperationStatus.Success, await nodes.SetAsync(key, guesthouses, CancellationToken.None)));
        return await ManagementClients.SignInAsync(Site, email);
    }

    public Task<HttpClient> AsAsync(string role) => BackofficeClients.AsAsync(Site, role);

    /// <summary>Books through the Forms API, as the site's form or a mini-program would; returns the booking.</summary>
    public async Task<BookingEntity> BookAsync(Guid roomType, int checkIn = 40, int nights = 2, string name = "Ada Guest", Guid? guesthouse = null, string? email = "guest@example.org")
    {
        var body = Bodies.Stay(roomType, checkIn, nights, email: email);
        var values = (Dictionary<string, object?>)body.GetType().GetProperty("values")!.GetValue(body)!;
        values["name"] = name;
        using var response = await Forms.PostEntryAsync(Samples.GuesthouseStay, new
        {
            values,
            contentId = (guesthouse ?? Samples.SangjiuCourtyard).ToString("D"),
            culture = "en",
        });
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var reference = response.Headers.GetValues("Booking-Reference").Single();
        return await Forms.WithFormsDbAsync(db => db.Bookings.AsNoTracking().SingleAsync(b => b.Reference == reference));
    }

    /// <summary>Posts a booking request and answers its status (202 booked, 422 refused).</summary>
    public async Task<HttpStatusCode> TryBookAsync(Guid roomType, int checkIn, int nights, Guid? guesthouse = null)
    {
        var body = Bodies.Stay(roomType, checkIn, nights);
        var values = body.GetType().GetProperty("values")!.GetValue(body);
        using var response = await Forms.PostEntryAsync(Samples.GuesthouseStay, new { values, contentId = (guesthouse ?? Samples.SangjiuCourtyard).ToString("D"), culture = "en" });
        return response.StatusCode;
    }

    public Task<T> FormsDbAsync<T>(Func<FormsDbContext, Task<T>> action) => Forms.WithFormsDbAsync(action);

    /// <summary>Waits for a mail to <paramref name="to"/> whose text contains <paramref name="contains"/>; the workflow runner sends it after the commit.</summary>
    public async Task<string> WaitForMailAsync(string to, string contains)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            foreach (var file in Directory.GetFiles(Pickup, "*.eml"))
            {
                var message = await MimeKit.MimeMessage.LoadAsync(file);
                if (message.To.Mailboxes.Any(m => m.Address == to) && (message.TextBody ?? string.Empty).Contains(contains, StringComparison.Ordinal))
                {
                    return message.Subject + "\n" + message.TextBody;
                }
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No mail to {to} containing '{contains}' in {Pickup}.");
    }

    public async ValueTask DisposeAsync()
    {
        await Forms.DisposeAsync();
        try
        {
            Directory.Delete(Pickup, recursive: true);
        }
        catch (IOException)
        {
            // A mail still being written: the temp folder is cleaned by the machine.
        }
    }
}
