using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Backoffice.Bookings;
using ZhuwaGen.Tourism.Tests.Forms;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Management;

namespace ZhuwaGen.Tourism.Tests.Backoffice.Admin;

/// <summary>
/// An administrator creates a guesthouse owner in one step from the owners screen: the account, its guesthouses and
/// a set-your-password mail; the owner chooses a password from the mail and finds the bookings of those guesthouses.
/// </summary>
public sealed partial class OwnerAccountTests
{
    private const string OwnerEmail = "dolma@example.invalid";
    private const string ChosenPassword = "dolma chose this password";

    [Theory, BothProviders]
    public async Task An_owner_is_created_bound_to_two_guesthouses_and_sets_a_password_from_the_mail(DatabaseProvider provider)
    {
        await using var inbox = await InboxSite.StartAsync(provider, new Dictionary<string, string?> { ["Umbraco:CMS:WebRouting:UmbracoApplicationUrl"] = "https://zhuwagen.example" });
        using var admin = await inbox.AsAsync(UserRoles.Admin);

        var owners = await admin.GetStringAsync("/umbraco/bookings/owners");
        var newPath = WebUtility.HtmlDecode(NewOwnerLink().Match(owners).Groups["href"].Value);
        var page = await admin.GetStringAsync(newPath);
        var token = BackofficeForm.Read(page, "new-user")["__RequestVerificationToken"]!;
        using var created = await admin.PostAsync("/umbraco/admin/users/new", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token), new("name", "卓玛 Dolma"), new("email", OwnerEmail), new("role", UserRoles.GuesthouseOwner),
            new("guesthouse", Samples.SangjiuCourtyard.ToString("D")), new("guesthouse", InboxSite.XiongjiuHomestay.ToString("D")), new("invite", "link"),
        ]));
        var after = await admin.GetStringAsync(created.Headers.Location!.OriginalString);
        var mail = await MimeMessage.LoadAsync(await WaitForMailToAsync(inbox.Pickup, OwnerEmail));

        Assert.Equal("/umbraco/admin/users/new?role=guesthouseOwner", newPath);
        Assert.Contains($"<option value=\"{UserRoles.GuesthouseOwner}\" selected=\"selected\">", page);
        Assert.Contains($"name=\"guesthouse\" value=\"{Samples.SangjiuCourtyard:D}\"", page);
        Assert.Equal("/umbraco/bookings/owners?done=invited", created.Headers.Location.OriginalString);
        Assert.Contains("set-your-password mail is on its way", after);
        Assert.Contains($"value=\"{Samples.SangjiuCourtyard:D}\" checked=\"checked\"", after);
        Assert.Contains($"value=\"{InboxSite.XiongjiuHomestay:D}\" checked=\"checked\"", after);
        Assert.Equal(PasswordResetMail.InviteSubject, mail.Subject);
        Assert.Contains("you sign in as " + OwnerEmail, mail.TextBody);
        Assert.Contains("within\n3 days", mail.TextBody!.ReplaceLineEndings("\n"));

        // The owner follows the link, chooses a password, signs in and sees bookings of both guesthouses.
        var link = Link().Match(mail.TextBody!).Value;
        Assert.StartsWith("https://zhuwagen.example/umbraco/login/reset?token=", link);
        using var client = ManagementClients.NewClient(inbox.Site);
        var reset = BackofficeForm.Read(await client.GetStringAsync(link["https://zhuwagen.example".Length..]), "reset");
        using var chosen = await reset.Set("password", ChosenPassword).Set("repeat", ChosenPassword).PostAsync(client, intent: null);
        Assert.Equal(HttpStatusCode.OK, chosen.StatusCode);
        var sangjiu = await inbox.BookAsync(Samples.StandardTwin);
        var xiongjiu = await inbox.BookAsync(InboxSite.DoubleRoom, guesthouse: InboxSite.XiongjiuHomestay);
        using var owner = await ManagementClients.SignInAsync(inbox.Site, OwnerEmail, ChosenPassword);
        var ownInbox = await owner.GetStringAsync("/umbraco/bookings");
        Assert.Contains(sangjiu.Reference, ownInbox);
        Assert.Contains(xiongjiu.Reference, ownInbox);
    }

    [Theory, BothProviders]
    public async Task Guesthouses_ticked_for_another_role_are_refused_and_nothing_is_created(DatabaseProvider provider)
    {
        await using var inbox = await InboxSite.StartAsync(provider);
        using var admin = await inbox.AsAsync(UserRoles.Admin);
        var token = BackofficeForm.Read(await admin.GetStringAsync("/umbraco/admin/users/new"), "new-user")["__RequestVerificationToken"]!;

        using var refused = await admin.PostAsync("/umbraco/admin/users/new", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token), new("name", "Editor"), new("email", "editor-x@example.invalid"), new("role", UserRoles.Editor),
            new("guesthouse", Samples.SangjiuCourtyard.ToString("D")), new("invite", "link"),
        ]));
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("id=\"guesthouse-error\"", html);
        Assert.Contains("Only the guesthouse owner role can be bound", html);
        Assert.Contains($"value=\"{Samples.SangjiuCourtyard:D}\" checked=\"checked\"", html);
        Assert.False(await inbox.Site.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "editor-x@example.invalid")));
    }

    private static async Task<string> WaitForMailToAsync(string pickup, string to)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            foreach (var file in Directory.GetFiles(pickup, "*.eml"))
            {
                if ((await MimeMessage.LoadAsync(file)).To.Mailboxes.Any(m => m.Address == to))
                {
                    return file;
                }
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No mail to {to} in {pickup}.");
    }

    [GeneratedRegex("<a class=\"button primary wide\" href=\"(?<href>/umbraco/admin/users/new[^\"]*)\"")]
    private static partial Regex NewOwnerLink();

    [GeneratedRegex(@"https://\S+")]
    private static partial Regex Link();
}
