using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Auditing;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Management;

namespace ZhuwaGen.Tourism.Tests.Backoffice.Admin;

/// <summary>API users at /umbraco/admin/api-users: the secret once on the create answer and never again; delete revokes it.</summary>
public sealed partial class ApiUserScreenTests
{
    [Theory, BothProviders]
    public async Task The_secret_is_shown_once_works_at_the_token_endpoint_and_stops_working_after_delete(DatabaseProvider provider)
    {
        await using var test = await AdminSite.StartAsync(provider);
        using var admin = await test.AsAsync(UserRoles.Admin);

        using var created = await BackofficeForm.Read(await admin.GetStringAsync("/umbraco/admin/api-users"), "new-api-user")
            .Set("name", "Timetable sync").Set("role", UserRoles.Editor).PostAsync(admin, intent: null);
        var page = await created.Content.ReadAsStringAsync();
        var clientId = Regex.Match(page, "<dt>client_id</dt><dd class=\"reference\">(?<v>[^<]+)</dd>").Groups["v"].Value;
        var secret = Secret().Match(page).Groups["v"].Value;
        var list = await admin.GetStringAsync("/umbraco/admin/api-users");
        using var token = await ManagementClients.RequestTokenAsync(ManagementClients.NewClient(test.Site), clientId, secret);

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Null(created.Headers.Location);
        Assert.Contains("no-store", created.Headers.CacheControl!.ToString());
        Assert.False(string.IsNullOrEmpty(secret));
        Assert.Contains("Timetable sync", list);
        Assert.Contains(clientId, list);
        Assert.DoesNotContain(secret, list);
        Assert.DoesNotContain(test.Site.Log.Messages, m => m.Contains(secret, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);

        var key = await test.Site.WithDbAsync(db => db.Users.Where(u => u.ClientId == clientId).Select(u => u.Key).SingleAsync());
        var form = BackofficeForm.Read(list, "new-api-user");
        using var unconfirmed = await admin.PostAsync($"/umbraco/admin/api-users/{key:D}/delete", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", form["__RequestVerificationToken"]!)]));
        using var deleted = await admin.PostAsync($"/umbraco/admin/api-users/{key:D}/delete", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", form["__RequestVerificationToken"]!), new("confirm", "yes")]));
        using var after = await ManagementClients.RequestTokenAsync(ManagementClients.NewClient(test.Site), clientId, secret);

        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        Assert.Equal("/umbraco/admin/api-users?done=deleted", deleted.Headers.Location!.OriginalString);
        Assert.NotEqual(HttpStatusCode.OK, after.StatusCode);
        Assert.False(await test.Site.WithDbAsync(db => db.Users.AnyAsync(u => u.ClientId == clientId && u.Kind == BackOfficeSchemes.ApiUserKind)));
        Assert.Equal(
            [AuditActions.ApiUserNew, AuditActions.ApiUserDelete],
            await test.Site.WithDbAsync(db => db.AuditEntries.Where(a => a.Action.StartsWith("ApiUser")).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync()));
    }

    [GeneratedRegex("id=\"client-secret\">(?<v>[^<]+)<")]
    private static partial Regex Secret();
}
