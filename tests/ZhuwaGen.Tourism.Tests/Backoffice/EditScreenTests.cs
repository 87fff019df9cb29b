using System.Net;
using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Management;

namespace ZhuwaGen.Tourism.Tests.Backoffice;

/// <summary>The edit screen through HTTP as a browser posts it: save, publish per culture, validation, concurrency, roles.</summary>
public sealed class EditScreenTests
{
    [Theory, BothProviders]
    public async Task An_editor_changes_opening_hours_publishes_and_stays_on_the_item(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider);
        await using var _ = database;
        await using var __ = site.Start();
        using var editor = await BackofficeClients.AsAsync(site, UserRoles.Editor);
        var path = await BackofficeClients.XueniAsync(editor);
        var form = BackofficeForm.Read(await editor.GetStringAsync(path + "?culture=en"));

        using var response = await form.Set("v.openingHours", "Daily 8:30–19:00").PostAsync(editor, "publish");
        var page = await editor.GetStringAsync(response.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(path + "?culture=en&done=publish", response.Headers.Location.OriginalString);
        Assert.Contains("role=\"status\">Published at", page);
        Assert.Contains("value=\"Daily 8:30–19:00\"", page);
        var key = Guid.Parse(path[^36..]);
        await site.WithScopeAsync<DocumentQueries>(async queries =>
        {
            var document = (await queries.GetAsync(key, CancellationToken.None))!;
            var english = document.Cultures.Single(c => c.Culture == "en");
            Assert.True(english.IsPublished);
            Assert.False(english.Edited);
            var published = (await queries.GetVersionDataAsync(key, document.PublishedVersionId!.Value, CancellationToken.None))!;
            Assert.Equal("Daily 8:30–19:00", published.GetValue("openingHours", "en")!.ToString());
            Assert.NotEqual("Daily 8:30–19:00", published.GetValue("openingHours", "zh-Hans")?.ToString());
        });
    }

    [Fact]
    public async Task Save_draft_keeps_the_published_version_and_shows_the_saved_time()
    {
        var (site, database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = site.Start();
        using var writer = await BackofficeClients.AsAsync(site, UserRoles.Writer);
        var path = await BackofficeClients.XueniAsync(writer);
        var form = BackofficeForm.Read(await writer.GetStringAsync(path + "?culture=en"));

        using var response = await form.Set("v.openingHours", "Closed for the winter").PostAsync(writer);
        var page = await writer.GetStringAsync(response.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("role=\"status\">Draft saved at", page);
        Assert.Contains("English · published, with unpublished changes", page);
        Assert.Contains("value=\"Closed for the winter\"", page);
    }

    [Fact]
    public async Task An_invalid_value_is_shown_next_to_its_field_and_nothing_is_saved()
    {
        var (site, database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = site.Start();
        using var editor = await BackofficeClients.AsAsync(site, UserRoles.Editor);
        var path = await BackofficeClients.XueniAsync(editor);
        var before = await editor.GetStringAsync(path + "?culture=en");
        var form = BackofficeForm.Read(before);

        using var response = await form.Set("v.contactPhone", "call us!").Set("v.latitude", "north").Set("name", "").PostAsync(editor);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<p class=\"field-error\" id=\"e-contactPhone\">Digits, spaces, &#x2B; and - only (5–20 characters).</p>", page);
        Assert.Contains("id=\"e-latitude\"", page);
        Assert.Contains("id=\"e-name\"", page);
        Assert.Contains("value=\"call us!\"", page);
        Assert.Contains("aria-describedby=\"e-contactPhone\"", page);
        Assert.Equal(form["revision"], BackofficeForm.Read(await editor.GetStringAsync(path + "?culture=en"))["revision"]);
    }

    [Fact]
    public async Task A_save_against_a_newer_version_shows_both_versions_and_saving_again_keeps_mine()
    {
        var (site, database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = site.Start();
        using var first = await BackofficeClients.AsAsync(site, UserRoles.Editor);
        using var second = await BackofficeClients.AsAsync(site, UserRoles.Writer);
        var path = await BackofficeClients.XueniAsync(first);
        var firstForm = BackofficeForm.Read(await first.GetStringAsync(path + "?culture=en"));
        var secondForm = BackofficeForm.Read(await second.GetStringAsync(path + "?culture=en"));

        using var saved = await secondForm.Set("v.openingHours", "Second editor's hours").PostAsync(second);
        using var refused = await firstForm.Set("v.openingHours", "First editor's hours").PostAsync(first);
        var page = await refused.Content.ReadAsStringAsync();
        var latest = await first.GetStringAsync(path + "?culture=en");
        using var keptMine = await BackofficeForm.Read(page).PostAsync(first);
        var afterKeeping = await first.GetStringAsync(path + "?culture=en");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Someone saved a newer version", page);
        Assert.Contains("value=\"First editor&#x27;s hours\"", page);
        Assert.Contains("<dt>Opening hours</dt>", page);
        Assert.Contains("<span class=\"conflict-theirs\" lang=\"en\">Second editor&#x27;s hours</span>", page);
        Assert.Contains("<span class=\"conflict-mine\" lang=\"en\">First editor&#x27;s hours</span>", page);
        Assert.DoesNotContain("<dt>Name</dt>", page);
        Assert.Contains("Second editor&#x27;s hours", latest);
        Assert.DoesNotContain("First editor", latest);
        Assert.Equal(HttpStatusCode.Redirect, keptMine.StatusCode);
        Assert.Contains("value=\"First editor&#x27;s hours\"", afterKeeping);
    }

    [Fact]
    public async Task A_writer_sees_no_publish_button_and_cannot_publish_by_posting()
    {
        var (site, database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = site.Start();
        using var writer = await BackofficeClients.AsAsync(site, UserRoles.Writer);
        var path = await BackofficeClients.XueniAsync(writer);
        var page = await writer.GetStringAsync(path + "?culture=en");

        using var publish = await BackofficeForm.Read(page).Set("v.openingHours", "Writer's hours").PostAsync(writer, "publish");
        using var unpublish = await writer.PostAsync(path + "/unpublish", new FormUrlEncodedContent([new("culture", "en")]));
        using var schedule = await BackofficeForm.Read(page).Set("publishAt", "2030-01-01T09:00").PostAsync(writer, "schedule");
        using var branch = await BackofficeForm.Read(page).PostAsync(writer, "publishBranch");

        Assert.Contains("value=\"save\"", page);
        Assert.DoesNotContain("value=\"publish\"", page);
        Assert.DoesNotContain("/unpublish", page);
        Assert.DoesNotContain("value=\"schedule\"", page);
        Assert.DoesNotContain("name=\"publishAt\"", page);
        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, schedule.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, branch.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, unpublish.StatusCode);
        Assert.DoesNotContain("Writer", await writer.GetStringAsync(path + "?culture=en"));
    }

    [Fact]
    public async Task The_culture_switch_marks_missing_languages_and_fields()
    {
        var (site, database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = site.Start();
        using var editor = await BackofficeClients.AsAsync(site, UserRoles.Editor);
        var path = await BackofficeClients.XueniAsync(editor);

        var tibetan = await editor.GetStringAsync(path + "?culture=bo");

        Assert.Contains("?culture=bo\" aria-current=\"page\">Tibetan<span class=\"missing\">missing</span>", tibetan);
        Assert.Contains("<label for=\"f-openingHours\">Opening hours<span class=\"culture-note\"> · Tibetan</span> <span class=\"missing\">missing</span></label>", tibetan);
        Assert.Contains("<label for=\"f-latitude\">Latitude<span class=\"required\"> · required</span><span class=\"culture-note\"> · all languages</span></label>", tibetan);
    }

    [Fact]
    public async Task A_new_event_is_created_under_the_events_list_with_a_date_time_from_the_phone_picker()
    {
        var (site, database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = site.Start();
        using var editor = await BackofficeClients.AsAsync(site, UserRoles.Editor);
        var page = await editor.GetStringAsync("/umbraco/events/new");
        Assert.Contains("type=\"datetime-local\"", page);
        Assert.Contains("Asia/Shanghai", page);

        var form = BackofficeForm.Read(page).Set("name", "学尼村篝火晚会").Set("v.startDate", "2027-08-01T19:30").Set("v.endDate", "2027-08-01T22:00");
        using var created = await form.PostAsync(editor);
        Assert.True(created.StatusCode == HttpStatusCode.Redirect, await created.Content.ReadAsStringAsync());
        var edit = await editor.GetStringAsync(created.Headers.Location!.OriginalString);

        Assert.Contains("value=\"2027-08-01T19:30\"", edit);
        var list = await editor.GetStringAsync("/umbraco/events?q=篝火");
        Assert.Contains("学尼村篝火晚会", list);
        Assert.Contains("Chinese · draft", list);
    }

    [Fact]
    public async Task A_schedule_entered_in_shanghai_time_saves_what_was_typed_and_is_kept_shown_and_listed_and_a_past_one_is_refused()
    {
        var (site, database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = site.Start();
        using var editor = await BackofficeClients.AsAsync(site, UserRoles.Editor);
        var path = await BackofficeClients.XueniAsync(editor);
        var page = await editor.GetStringAsync(path + "?culture=en");
        var tomorrow = DateTime.UtcNow.AddHours(8).Date.AddDays(1).AddHours(9).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);

        using var saved = await BackofficeForm.Read(page).Set("v.openingHours", "Hours that go live tomorrow").Set("publishAt", tomorrow).PostAsync(editor, "schedule");
        var after = await editor.GetStringAsync(saved.Headers.Location!.OriginalString);
        var scheduled = await editor.GetStringAsync("/umbraco/stops?scheduled=true");
        using var past = await BackofficeForm.Read(after).Set("publishAt", "2020-01-01T09:00").PostAsync(editor, "schedule");

        Assert.Contains("<details class=\"sheet\">", page);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("done=schedule", saved.Headers.Location.OriginalString);
        Assert.Contains("role=\"status\">Schedule saved at", after);
        Assert.Contains($"id=\"publishAt\" name=\"publishAt\" type=\"datetime-local\" value=\"{tomorrow}\"", after);
        Assert.Contains("value=\"Hours that go live tomorrow\"", after);
        Assert.Contains("Xueni Village", scheduled);
        Assert.Contains("Scheduled: ", scheduled);
        Assert.DoesNotContain("Zhala", scheduled);
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        Assert.Contains("times must be in the future", await past.Content.ReadAsStringAsync());
        await site.WithScopeAsync<DocumentQueries>(async queries =>
        {
            var english = (await queries.GetAsync(Guid.Parse(path[^36..]), CancellationToken.None))!.Cultures.Single(c => c.Culture == "en");
            Assert.Equal(DateTime.Parse(tomorrow, System.Globalization.CultureInfo.InvariantCulture).AddHours(-8), english.ScheduledPublishDate);
        });
    }

    [Theory, BothProviders]
    public async Task Publish_with_everything_under_it_publishes_the_routes_changed_stops(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider);
        await using var _ = database;
        await using var __ = site.Start();
        using var editor = await BackofficeClients.AsAsync(site, UserRoles.Editor);
        var path = await BackofficeClients.XueniAsync(editor);
        var xueni = Guid.Parse(path[^36..]);
        using var saved = await BackofficeForm.Read(await editor.GetStringAsync(path + "?culture=en")).Set("v.openingHours", "Hours published with the route").PostAsync(editor);
        var route = await site.WithDbAsync(async db => await db.Documents.Where(d => d.Key == xueni)
            .Join(db.Documents, d => d.ParentId, p => p.Id, (d, p) => p.Key).SingleAsync());
        var routePage = await editor.GetStringAsync($"/umbraco/content/{route}?culture=en");

        using var published = await BackofficeForm.Read(routePage).PostAsync(editor, "publishBranch");

        Assert.Contains("value=\"publishBranch\"", routePage);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains("done=publishBranch", published.Headers.Location!.OriginalString);
        await site.WithScopeAsync<DocumentQueries>(async queries =>
        {
            var document = (await queries.GetAsync(xueni, CancellationToken.None))!;
            var live = (await queries.GetVersionDataAsync(xueni, document.PublishedVersionId!.Value, CancellationToken.None))!;
            Assert.Equal("Hours published with the route", live.GetValue("openingHours", "en")!.ToString());
        });
    }
}

/// <summary>The route map under a stop's coordinates, drawn on the server.</summary>
public sealed class CoordinatesMapTests
{
    [Fact]
    public async Task A_stop_shows_the_route_map_with_its_point_and_an_event_shows_none()
    {
        var (site, database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = site.Start();
        using var editor = await BackofficeClients.AsAsync(site, UserRoles.Editor);
        var stop = await editor.GetStringAsync(await BackofficeClients.XueniAsync(editor) + "?culture=en");
        var events = await editor.GetStringAsync("/umbraco/events");
        var eventPath = System.Text.RegularExpressions.Regex.Match(events, "/umbraco/content/[0-9a-f-]{36}").Value;
        var anEvent = await editor.GetStringAsync(eventPath);

        Assert.Contains("<figure class=\"coordinates-map\">", stop);
        Assert.Contains("class=\"route-map-here\"", stop);
        Assert.True(System.Text.RegularExpressions.Regex.Matches(stop, "class=\"route-map-stop\"").Count >= 4);
        Assert.Contains("data-locate", stop);
        Assert.DoesNotContain("coordinates-map", anEvent);
    }
}

/// <summary>The validator's messages in the editor's language on the edit screen.</summary>
public sealed class ValidationMessageTests
{
    [Fact]
    public async Task A_chinese_interface_shows_the_validators_messages_in_chinese()
    {
        var (site, database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = site.Start();
        using var editor = await BackofficeClients.InChineseAsync(site, UserRoles.Editor);
        var path = await BackofficeClients.XueniAsync(editor);
        var form = BackofficeForm.Read(await editor.GetStringAsync(path + "?culture=zh-Hans"));

        using var refused = await form.Set("name", string.Empty).Set("v.orderOnRoute", string.Empty).PostAsync(editor);
        var page = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("<html lang=\"zh-Hans\">", page);
        Assert.Contains("id=\"e-name\">请填写标题。", page);
        Assert.Contains("请填写这一项。", page);
        Assert.DoesNotContain("Enter a name.", page);
        Assert.DoesNotContain("Value cannot be empty.", page);
    }

    [Theory]
    [InlineData("Enter a whole number between 1 and 20.", "请填写 1 到 20 之间的整数。")]
    [InlineData("Choose at most 3 media items.", "最多选择 3 张照片。")]
    [InlineData("The value exceeds the maximum of 70 characters.", "最多 70 个字。")]
    [InlineData("Link 2: enter a web address starting with https:// or http:// (or mailto:, tel:, or a path starting with /).", "第 2 个链接：请填写以 https:// 或 http:// 开头的网址（或 mailto:、tel:、以 / 开头的站内路径）。")]
    [InlineData("Block list config blocks[0] must be an object.", "Block list config blocks[0] must be an object.")]
    public void Known_messages_are_translated_and_others_kept(string english, string shown)
    {
        var chinese = new ZhuwaGen.Tourism.Web.Backoffice.Shell.BackofficeText("zh-Hans");
        var englishUi = new ZhuwaGen.Tourism.Web.Backoffice.Shell.BackofficeText("en");

        Assert.Equal(shown, ZhuwaGen.Tourism.Web.Backoffice.Editing.ValidationMessages.In(chinese, english));
        Assert.Equal(english, ZhuwaGen.Tourism.Web.Backoffice.Editing.ValidationMessages.In(englishUi, english));
    }
}
