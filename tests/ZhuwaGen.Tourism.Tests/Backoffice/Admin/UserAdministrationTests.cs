using System.Net;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using ZhuwaGen.Tourism.Cms.Auditing;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Mail;
using ZhuwaGen.Tourism.Tests.Management;

namespace ZhuwaGen.Tourism.Tests.Backoffice.Admin;

/// <summary>
/// Users and roles at /umbraco/admin/users: create with a password or a mailed link, rename and change the role,
/// disable and enable; the last administrator and an administrator's own account are protected, and saying so.
/// </summary>
public sealed class UserAdministrationTests
{
    private const string NewPassword = "a brand new password";

    [Theory, BothProviders]
    public async Task An_administrator_creates_people_with_a_password_or_a_mailed_link_and_lists_them_as_cards(DatabaseProvider provider)
    {
        await using var test = await AdminSite.StartAsync(provider);
        using var admin = await test.AsAsync(UserRoles.Admin);

        using var withPassword = await BackofficeForm.Read(await admin.GetStringAsync("/umbraco/admin/users/new"), "new-user")
            .Set("name", "Dawa").Set("email", "dawa@example.invalid").Set("role", UserRoles.Editor)
            .Set("invite", "password").Set("password", NewPassword).PostAsync(admin, intent: null);
        using var withLink = await BackofficeForm.Read(await admin.GetStringAsync("/umbraco/admin/users/new"), "new-user")
            .Set("name", "Lhamo").Set("email", "lhamo@example.invalid").Set("role", UserRoles.GuesthouseOwner)
            .Set("invite", "link").PostAsync(admin, intent: null);
        using var duplicate = await BackofficeForm.Read(await admin.GetStringAsync("/umbraco/admin/users/new"), "new-user")
            .Set("name", "Dawa again").Set("email", "DAWA@example.invalid").Set("invite", "password").Set("password", NewPassword).PostAsync(admin, intent: null);
        var list = await admin.GetStringAsync("/umbraco/admin/users");
        var mail = await MimeMessage.LoadAsync(await MailFiles.WaitForOneAsync(test.Pickup));

        Assert.Equal("/umbraco/admin/users?done=created", withPassword.Headers.Location!.OriginalString);
        // A new guesthouse owner's creator goes on to the owners screen, where the account's guesthouses are.
        Assert.Equal("/umbraco/bookings/owners?done=invited", withLink.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains("id=\"email-error\"", await duplicate.Content.ReadAsStringAsync());
        Assert.Contains("dawa@example.invalid", list);
        Assert.Contains("editor (publishes)", list);
        Assert.Contains("Two-factor: off", list);
        Assert.Equal("lhamo@example.invalid", Assert.Single(mail.To.Mailboxes).Address);
        Assert.Contains("https://zhuwagen.example/umbraco/login/reset?token=", mail.TextBody);
        Assert.Equal(PasswordResetMail.InviteSubject, mail.Subject);
        using var dawa = await ManagementClients.SignInAsync(test.Site, "dawa@example.invalid", NewPassword);
        Assert.Equal(2, await test.Site.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.UserNew)));
    }

    [Theory, BothProviders]
    public async Task The_last_administrator_and_an_administrators_own_account_cannot_be_demoted_or_disabled(DatabaseProvider provider)
    {
        await using var test = await AdminSite.StartAsync(provider);
        var adminEmail = await ManagementClients.CreateUserAsync(test.Site, UserRoles.Admin);
        using var admin = await ManagementClients.SignInAsync(test.Site, adminEmail);
        var me = await KeyAsync(test, adminEmail);
        var page = await admin.GetStringAsync($"/umbraco/admin/users/{me:D}");

        using var demote = await BackofficeForm.Read(page, "user").Set("role", UserRoles.Editor).PostAsync(admin, intent: null);
        using var disable = await admin.PostAsync($"/umbraco/admin/users/{me:D}/disable", Token(page));

        Assert.Equal(HttpStatusCode.BadRequest, demote.StatusCode);
        Assert.Contains("You cannot disable your own account or change your own role", await demote.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, disable.StatusCode);
        Assert.Contains("you cannot disable it or change its role", page);
        Assert.Equal(UserRoles.Admin, await test.Site.WithDbAsync(db => db.Users.Where(u => u.Key == me).Select(u => u.Role).SingleAsync()));

        // The service keeps the last enabled administrator whoever asks (the Management API's PUT /user goes through it).
        await test.Site.WithScopeAsync<UserService>(async users =>
            Assert.Equal(UserOperationStatus.LastAdministrator, await users.ChangeRoleAsync(me, UserRoles.Writer, CancellationToken.None)));
        await test.Site.WithScopeAsync<UserAccounts>(async accounts =>
            Assert.Equal(UserOperationStatus.LastAdministrator, await accounts.SetDisabledAsync(me, true, Guid.NewGuid(), "test", CancellationToken.None)));
    }

    [Theory, BothProviders]
    public async Task Renaming_changing_the_role_and_disabling_take_effect_and_end_the_persons_sessions(DatabaseProvider provider)
    {
        await using var test = await AdminSite.StartAsync(provider);
        using var admin = await test.AsAsync(UserRoles.Admin);
        var email = await ManagementClients.CreateUserAsync(test.Site, UserRoles.Writer);
        using var writer = await ManagementClients.SignInAsync(test.Site, email);
        var key = await KeyAsync(test, email);
        var page = await admin.GetStringAsync($"/umbraco/admin/users/{key:D}");

        using var saved = await BackofficeForm.Read(page, "user").Set("name", "Tsering").Set("role", UserRoles.Editor).PostAsync(admin, intent: null);
        using var writerAfterRole = await writer.GetAsync("/umbraco/stops");
        using var disabled = await admin.PostAsync($"/umbraco/admin/users/{key:D}/disable", Token(page));
        using var client = ManagementClients.NewClient(test.Site);
        using var refused = await AdminSite.PasswordAsync(client, email);
        var card = await admin.GetStringAsync($"/umbraco/admin/users/{key:D}");
        using var enabled = await admin.PostAsync($"/umbraco/admin/users/{key:D}/enable", Token(card));

        Assert.Equal($"/umbraco/admin/users/{key:D}?done=saved", saved.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, writerAfterRole.StatusCode); // the role change ended the session
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Disabled", card);
        Assert.Contains("Tsering", card);
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        using var back = await ManagementClients.SignInAsync(test.Site, email);
        Assert.Equal(UserRoles.Editor, await test.Site.WithDbAsync(db => db.Users.Where(u => u.Key == key).Select(u => u.Role).SingleAsync()));
    }

    private static Task<Guid> KeyAsync(AdminSite test, string email) =>
        test.Site.WithDbAsync(db => db.Users.Where(u => u.Email == email && u.Kind != BackOfficeSchemes.ApiUserKind).Select(u => u.Key).SingleAsync());

    private static FormUrlEncodedContent Token(string page) =>
        new([new("__RequestVerificationToken", BackofficeForm.Read(page, "user")["__RequestVerificationToken"]!)]);
}
