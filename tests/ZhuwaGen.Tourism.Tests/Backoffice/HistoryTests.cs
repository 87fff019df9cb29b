using System.Net;
using System.Text.RegularExpressions;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Backoffice;

/// <summary>An item's version history from the edit screen: the versions, a DiffPlex diff against the draft, rollback.</summary>
public sealed partial class HistoryTests
{
    [Theory, BothProviders]
    public async Task An_editor_sees_what_changed_and_rolls_back_to_an_older_version_staying_on_the_item(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider);
        await using var _ = database;
        await using var __ = site.Start();
        using var editor = await BackofficeClients.AsAsync(site, UserRoles.Editor);
        var path = await BackofficeClients.XueniAsync(editor);
        var edit = await editor.GetStringAsync(path + "?culture=en");
        var before = BackofficeForm.Read(edit)["v.openingHours"];
        using var saved = await BackofficeForm.Read(edit).Set("v.openingHours", "Closed for the winter").PostAsync(editor);

        var history = await editor.GetStringAsync(path + "/history");
        var versionLinks = VersionLink().Matches(history).Select(m => m.Value).ToList();
        var older = await editor.GetStringAsync(versionLinks[1]);
        using var rolledBack = await BackofficeForm.Read(older, "rollback").PostAsync(editor, intent: null);
        var after = await editor.GetStringAsync(rolledBack.Headers.Location!.OriginalString);

        Assert.Contains($"href=\"{path}/history\"", edit);
        Assert.True(versionLinks.Count >= 2, "the history lists the new draft and the version before it");
        Assert.Contains("current draft", history);
        Assert.Contains("<del><span class=\"visually-hidden\">In this version: </span>" + WebUtility.HtmlEncode(before), older.Replace("&#x2013;", "–"));
        Assert.Contains("<ins><span class=\"visually-hidden\">In the current draft: </span>Closed for the winter</ins>", older);
        Assert.Contains("Opening hours", older);
        Assert.Equal(HttpStatusCode.Redirect, rolledBack.StatusCode);
        Assert.StartsWith(path + "?done=rollback", rolledBack.Headers.Location.OriginalString);
        Assert.Contains("role=\"status\">Rolled back at", after);
        Assert.DoesNotContain("Closed for the winter", after);
        var key = Guid.Parse(path[^36..]);
        await site.WithScopeAsync<DocumentQueries>(async queries =>
        {
            var document = (await queries.GetAsync(key, CancellationToken.None))!;
            Assert.Equal(before, document.Draft.GetValue("openingHours", "en")?.ToString());
            Assert.True(document.Cultures.Single(c => c.Culture == "en").Edited);
        });
    }

    [Theory, BothProviders]
    public async Task Rolling_back_chinese_only_keeps_the_english_changed_since(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider);
        await using var _ = database;
        await using var __ = site.Start();
        using var editor = await BackofficeClients.AsAsync(site, UserRoles.Editor);
        var path = await BackofficeClients.XueniAsync(editor);
        var chinese = await editor.GetStringAsync(path + "?culture=zh-Hans");
        var chineseBefore = BackofficeForm.Read(chinese)["v.openingHours"];
        using var savedChinese = await BackofficeForm.Read(chinese).Set("v.openingHours", "冬季闭园").PostAsync(editor);
        using var savedEnglish = await BackofficeForm.Read(await editor.GetStringAsync(path + "?culture=en")).Set("v.openingHours", "Closed in winter").PostAsync(editor);

        var versionLinks = VersionLink().Matches(await editor.GetStringAsync(path + "/history")).Select(m => m.Value).ToList();
        var seeded = await editor.GetStringAsync(versionLinks[2]);
        Assert.Contains(">Roll back Chinese only</button>", seeded);
        Assert.Contains(">Roll back English only</button>", seeded);
        Assert.Contains(">Roll back every language</button>", seeded);
        using var rolledBack = await BackofficeForm.Read(seeded, "rollback").Set("culture", "zh-Hans").PostAsync(editor, intent: null);

        Assert.Equal(HttpStatusCode.Redirect, rolledBack.StatusCode);
        Assert.StartsWith(path + "?culture=zh-Hans&done=rollback", rolledBack.Headers.Location!.OriginalString);
        await site.WithScopeAsync<DocumentQueries>(async queries =>
        {
            var document = (await queries.GetAsync(Guid.Parse(path[^36..]), CancellationToken.None))!;
            Assert.Equal(chineseBefore, document.Draft.GetValue("openingHours", "zh-Hans")?.ToString());
            Assert.Equal("Closed in winter", document.Draft.GetValue("openingHours", "en")?.ToString());
        });
    }

    [Fact]
    public async Task The_current_draft_shows_no_differences_and_no_rollback()
    {
        var (site, database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = site.Start();
        using var editor = await BackofficeClients.AsAsync(site, UserRoles.Editor);
        var path = await BackofficeClients.XueniAsync(editor);
        using var saved = await BackofficeForm.Read(await editor.GetStringAsync(path + "?culture=en")).Set("v.openingHours", "Closed for the winter").PostAsync(editor);

        var history = await editor.GetStringAsync(path + "/history");
        var current = await editor.GetStringAsync(VersionLink().Match(history).Value);

        Assert.Contains("This version is the same as the current draft.", current);
        Assert.DoesNotContain("id=\"rollback\"", current);
    }

    [Fact]
    public async Task A_writer_sees_the_history_but_cannot_roll_back()
    {
        var (site, database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = site.Start();
        using var writer = await BackofficeClients.AsAsync(site, UserRoles.Writer);
        var path = await BackofficeClients.XueniAsync(writer);
        var edit = await writer.GetStringAsync(path + "?culture=en");
        using var saved = await BackofficeForm.Read(edit).Set("v.openingHours", "Writer's hours").PostAsync(writer);
        var history = await writer.GetStringAsync(path + "/history");
        var olderLink = VersionLink().Matches(history)[1].Value;
        var older = await writer.GetStringAsync(olderLink);
        var token = BackofficeForm.Read(await writer.GetStringAsync(path + "?culture=en"));

        using var refused = await writer.PostAsync(olderLink + "/rollback", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token["__RequestVerificationToken"] ?? string.Empty)]));

        Assert.Contains("<ins>", older);
        Assert.DoesNotContain("id=\"rollback\"", older);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Writer&#x27;s hours", await writer.GetStringAsync(path + "?culture=en"));
    }

    [Fact]
    public async Task A_rollback_without_the_antiforgery_field_is_refused()
    {
        var (site, database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = site.Start();
        using var editor = await BackofficeClients.AsAsync(site, UserRoles.Editor);
        var path = await BackofficeClients.XueniAsync(editor);
        var edit = await editor.GetStringAsync(path + "?culture=en");
        using var saved = await BackofficeForm.Read(edit).Set("v.openingHours", "Closed for the winter").PostAsync(editor);
        var history = await editor.GetStringAsync(path + "/history");
        editor.DefaultRequestHeaders.Remove("X-XSRF-TOKEN"); // a script's header is accepted too; a forged form has neither

        using var refused = await editor.PostAsync(VersionLink().Matches(history)[1].Value + "/rollback", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Closed for the winter", await editor.GetStringAsync(path + "?culture=en"));
    }

    [GeneratedRegex("/umbraco/content/[0-9a-f-]{36}/history/[0-9]+")]
    private static partial Regex VersionLink();
}
