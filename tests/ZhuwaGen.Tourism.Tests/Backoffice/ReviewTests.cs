using System.Net;
using System.Text.RegularExpressions;
using MimeKit;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Mail;
using ZhuwaGen.Tourism.Tests.Management;

namespace ZhuwaGen.Tourism.Tests.Backoffice;

/// <summary>
/// Review before publishing: a writer submits, the item waits on the editors' home screen, an editor approves (which
/// publishes) or sends it back with a comment; the writer gets a mail and sees the outcome.
/// </summary>
public sealed partial class ReviewTests
{
    private const string XueniPage = "/en/sangjiu-baga/xueni-agritourism-park/";

    [Theory, BothProviders]
    public async Task A_writers_change_goes_live_only_when_an_editor_approves_it_and_the_writer_is_told(DatabaseProvider provider)
    {
        await using var test = await ReviewSite.StartAsync(provider);
        var writerEmail = await ManagementClients.CreateUserAsync(test.Site, UserRoles.Writer);
        using var writer = await ManagementClients.SignInAsync(test.Site, writerEmail);
        using var editor = await BackofficeClients.AsAsync(test.Site, UserRoles.Editor);
        using var visitor = ManagementClients.NewClient(test.Site);
        var path = await BackofficeClients.XueniAsync(writer);

        var writerScreen = await writer.GetStringAsync(path + "?culture=en");
        using var submitted = await BackofficeForm.Read(writerScreen)
            .Set("v.openingHours", "Daily 7:00–20:00 in harvest week")
            .Set("reviewNote", "New harvest hours from the park office")
            .PostAsync(writer, "submit");
        var afterSubmit = await writer.GetStringAsync(submitted.Headers.Location!.OriginalString);
        var siteBefore = await visitor.GetStringAsync(XueniPage);
        var editorHome = await editor.GetStringAsync("/umbraco");
        var editorScreen = await editor.GetStringAsync(path + "?culture=en");
        using var approved = await BackofficeForm.Read(editorScreen, "review").Set("comment", "Thanks, looks right").PostAsync(editor, intent: null);
        var siteAfter = await visitor.GetStringAsync(XueniPage);
        var mail = await MimeMessage.LoadAsync(await MailFiles.WaitForOneAsync(test.Pickup));
        var writerHome = await writer.GetStringAsync("/umbraco");

        Assert.Contains("Submit for review", writerScreen);
        Assert.DoesNotContain("value=\"publish\"", writerScreen);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.StartsWith(path + "?culture=en&done=submit", submitted.Headers.Location.OriginalString);
        Assert.Contains("role=\"status\">Submitted for review at", afterSubmit);
        Assert.DoesNotContain("harvest week", siteBefore);
        Assert.Contains("Waiting for review", editorHome);
        Assert.Contains("New harvest hours from the park office", editorHome);
        Assert.Contains("Approve and publish every language", editorScreen);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.StartsWith(path + "?culture=en&done=approve", approved.Headers.Location!.OriginalString);
        Assert.Contains("Daily 7:00–20:00 in harvest week", WebUtility.HtmlDecode(siteAfter));
        Assert.Equal(writerEmail, Assert.Single(mail.To.Mailboxes).Address);
        Assert.Contains("Approved and published", mail.Subject);
        Assert.Contains("Thanks, looks right", mail.TextBody);
        Assert.Contains("Approved and published", writerHome);
        Assert.Contains("Nothing is waiting for review.", await editor.GetStringAsync("/umbraco"));
    }

    [Theory, BothProviders]
    public async Task Sending_back_needs_a_comment_which_the_writer_then_reads(DatabaseProvider provider)
    {
        await using var test = await ReviewSite.StartAsync(provider);
        var writerEmail = await ManagementClients.CreateUserAsync(test.Site, UserRoles.Writer);
        using var writer = await ManagementClients.SignInAsync(test.Site, writerEmail);
        using var editor = await BackofficeClients.AsAsync(test.Site, UserRoles.Editor);
        var path = await BackofficeClients.XueniAsync(writer);
        using var submitted = await BackofficeForm.Read(await writer.GetStringAsync(path + "?culture=en"))
            .Set("v.openingHours", "Open whenever").PostAsync(writer, "submit");
        var review = BackofficeForm.Read(await editor.GetStringAsync(path + "?culture=en"), "review");
        var sendBack = SendBackAction().Match(await editor.GetStringAsync(path + "?culture=en")).Groups["a"].Value;

        using var empty = await editor.PostAsync(sendBack, Fields(review, ("comment", "  ")));
        var emptyPage = await empty.Content.ReadAsStringAsync();
        var stillPending = await editor.GetStringAsync(path + "?culture=en");
        using var sent = await editor.PostAsync(sendBack, Fields(review, ("comment", "Please give the real hours, e.g. 9:00–18:00")));
        var mail = await MimeMessage.LoadAsync(await MailFiles.WaitForOneAsync(test.Pickup));
        var writerScreen = await writer.GetStringAsync(path + "?culture=en");

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("id=\"review-comment-error\">Say what to change when sending it back.", emptyPage);
        Assert.Contains("Send back", stillPending);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("Sent back for changes", mail.Subject);
        Assert.Contains("Please give the real hours, e.g. 9:00–18:00", mail.TextBody);
        Assert.Contains("sent this back at", writerScreen);
        Assert.Contains("Please give the real hours, e.g. 9:00–18:00", writerScreen);
    }

    [Fact]
    public async Task A_writer_cannot_approve_and_an_approval_of_a_draft_changed_since_is_refused()
    {
        await using var test = await ReviewSite.StartAsync(DatabaseProvider.Sqlite);
        using var writer = await BackofficeClients.AsAsync(test.Site, UserRoles.Writer);
        using var editor = await BackofficeClients.AsAsync(test.Site, UserRoles.Editor);
        using var visitor = ManagementClients.NewClient(test.Site);
        var path = await BackofficeClients.XueniAsync(writer);
        using var submitted = await BackofficeForm.Read(await writer.GetStringAsync(path + "?culture=en"))
            .Set("v.openingHours", "First version for review").PostAsync(writer, "submit");
        var review = BackofficeForm.Read(await editor.GetStringAsync(path + "?culture=en"), "review");

        using var byWriter = await review.PostAsync(writer, intent: null);
        using var changed = await BackofficeForm.Read(await writer.GetStringAsync(path + "?culture=en"))
            .Set("v.openingHours", "Changed after the editor looked").PostAsync(writer);
        using var stale = await review.PostAsync(editor, intent: null);
        var stalePage = await stale.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, byWriter.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("The item changed after you opened it", stalePage);
        Assert.DoesNotContain("Changed after the editor looked", WebUtility.HtmlDecode(await visitor.GetStringAsync(XueniPage)));
        Assert.DoesNotContain("First version for review", WebUtility.HtmlDecode(await visitor.GetStringAsync(XueniPage)));
    }

    private static FormUrlEncodedContent Fields(BackofficeForm form, params (string Name, string Value)[] changes)
    {
        foreach (var (name, value) in changes)
        {
            form.Set(name, value);
        }

        return form.Content();
    }

    [GeneratedRegex("formaction=\"(?<a>/umbraco/content/[^\"]+/send-back)\"")]
    private static partial Regex SendBackAction();

    private sealed class ReviewSite : IAsyncDisposable
    {
        private TestDatabase _database = null!;
        private IAsyncDisposable _running = null!;

        public SiteFactory Site { get; private set; } = null!;

        public string Pickup { get; } = Path.Combine(Path.GetTempPath(), "zhuwagen-review-" + Guid.NewGuid().ToString("N"));

        public static async Task<ReviewSite> StartAsync(DatabaseProvider provider)
        {
            var test = new ReviewSite();
            (test.Site, test._database) = await SiteFactory.CreateAsync(provider, new Dictionary<string, string?>
            {
                ["Smtp:PickupDirectory"] = test.Pickup,
                ["Cms:Security:SignInsPerClientPerMinute"] = "1000",
            });
            test._running = test.Site.Start();
            return test;
        }

        public async ValueTask DisposeAsync()
        {
            await _running.DisposeAsync();
            await _database.DisposeAsync();
            if (Directory.Exists(Pickup))
            {
                Directory.Delete(Pickup, recursive: true);
            }
        }
    }
}
