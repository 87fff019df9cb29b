using System.Net;
using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;

namespace ZhuwaGen.Tourism.Tests.Backoffice.Admin;

/// <summary>Only administrators reach the administration screens; everyone else is turned away and changes nothing.</summary>
public sealed class AdminAccessTests
{
    private static readonly string[] Screens =
        ["/umbraco/admin", "/umbraco/admin/users", "/umbraco/admin/users/new", "/umbraco/admin/api-users", "/umbraco/admin/webhooks", "/umbraco/admin/webhooks/new"];

    [Theory]
    [InlineData(UserRoles.Editor)]
    [InlineData(UserRoles.Writer)]
    [InlineData(UserRoles.GuesthouseOwner)]
    public async Task Editors_writers_and_owners_are_refused_every_admin_screen_and_post(string role)
    {
        await using var test = await AdminSite.StartAsync(DatabaseProvider.Sqlite);
        using var admin = await test.AsAsync(UserRoles.Admin);
        using var client = await test.AsAsync(role);
        var antiforgery = BackofficeForm.Read(await admin.GetStringAsync("/umbraco/admin/users/new"), "new-user")["__RequestVerificationToken"]!;
        var ownToken = BackofficeForm.Read(await client.GetStringAsync("/umbraco/account/two-factor"), "two-factor-on")["__RequestVerificationToken"]!;
        var before = await test.Site.WithDbAsync(db => db.Users.CountAsync());

        foreach (var screen in Screens)
        {
            using var response = await client.GetAsync(screen);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{role} got {response.StatusCode} for {screen}");
            Assert.Contains("/umbraco/login", response.Headers.Location!.OriginalString);
        }

        using var create = await client.PostAsync("/umbraco/admin/users/new", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", ownToken), new("name", "Mallory"), new("email", "mallory@example.invalid"),
            new("role", UserRoles.Admin), new("invite", "password"), new("password", "a long enough password"),
        ]));
        using var apiUser = await client.PostAsync("/umbraco/admin/api-users", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", ownToken), new("name", "Mallory's robot"), new("role", UserRoles.Admin)]));

        Assert.Equal(HttpStatusCode.Redirect, create.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, apiUser.StatusCode);
        Assert.Equal(before, await test.Site.WithDbAsync(db => db.Users.CountAsync()));
        Assert.NotEmpty(antiforgery);
    }

    [Fact]
    public async Task An_administrator_finds_the_admin_screens_from_the_account_page_and_others_do_not()
    {
        await using var test = await AdminSite.StartAsync(DatabaseProvider.Sqlite);
        using var admin = await test.AsAsync(UserRoles.Admin);
        using var editor = await test.AsAsync(UserRoles.Editor);

        var adminAccount = await admin.GetStringAsync("/umbraco/account");
        var editorAccount = await editor.GetStringAsync("/umbraco/account");
        var menu = await admin.GetStringAsync("/umbraco/admin");

        Assert.Contains("href=\"/umbraco/admin\"", adminAccount);
        Assert.DoesNotContain("href=\"/umbraco/admin\"", editorAccount);
        Assert.Contains("href=\"/umbraco/account/two-factor\"", editorAccount);
        foreach (var link in new[] { "/umbraco/admin/users", "/umbraco/bookings/owners", "/umbraco/admin/api-users", "/umbraco/admin/webhooks" })
        {
            Assert.Contains($"href=\"{link}\"", menu);
        }
    }
}
