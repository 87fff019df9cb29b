using System.Net;
using ZhuwaGen.Tourism.Cms.Management;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Management;

namespace ZhuwaGen.Tourism.Tests.Mail;

/// <summary>The lockout email is sent after the sign-in is answered, so a slow mail server stalls no request.</summary>
public sealed class LockoutMailQueueTests
{
    [Fact]
    public async Task The_locking_sign_in_is_answered_while_the_mail_server_still_holds_the_email_which_then_arrives()
    {
        await using var smtp = await HeldSmtpServer.StartAsync();
        var (site, database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?>
        {
            ["Cms:Security:MaxFailedSignIns"] = "2",
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:UseStartTls"] = "false",
            ["Smtp:From"] = "cms@example.invalid",
        });
        await using var _ = database;
        await using var __ = site;
        var email = await ManagementClients.CreateUserAsync(site, UserRoles.Editor);
        using var client = ManagementClients.NewClient(site);

        using var first = await client.PostAsync(ManagementApiRoutes.Login, await ManagementClients.SignInFormAsync(client, email, "wrong password"));

        // The server answers nothing until released; before the mail was queued this request waited for it (a
        // minute or more for MailKit's timeout), so the bound here is generous and only catches a request that waits.
        var locking = client.PostAsync(ManagementApiRoutes.Login, await ManagementClients.SignInFormAsync(client, email, "wrong password"));
        var answered = await Task.WhenAny(locking, Task.Delay(TimeSpan.FromSeconds(30))) == locking;
        var heldWhenAnswered = smtp.Received.Count == 0;
        smtp.Release();
        using var second = await locking;
        var mail = await smtp.WaitForMessageAsync();

        Assert.True(answered, "the sign-in waited for the mail server");
        Assert.True(heldWhenAnswered);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Equal(email, Assert.Single(mail.To.Mailboxes).Address);
        Assert.Equal(LockoutMail.Subject, mail.Subject);
    }
}
