using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Web.Backoffice.Editing.Recurrence;
using ZhuwaGen.Tourism.Web.Site.Text;

namespace ZhuwaGen.Tourism.Tests.Backoffice;

/// <summary>An event's repeat rule and skipped dates chosen with plain inputs, stored as the RRULE and dates the site reads.</summary>
public sealed class RecurrenceEditorTests
{
    private const string FarmersMarket = "/umbraco/content/4beee864-eb5e-4600-a4bd-ee72f456583c";
    private static readonly Guid FarmersMarketKey = Guid.Parse("4beee864-eb5e-4600-a4bd-ee72f456583c");

    [Theory]
    [InlineData("FREQ=WEEKLY;BYDAY=SA;UNTIL=20271127", "WEEKLY", "until")]
    [InlineData("FREQ=DAILY;COUNT=5", "DAILY", "count")]
    [InlineData("FREQ=MONTHLY;INTERVAL=2", "MONTHLY", "never")]
    [InlineData("FREQ=YEARLY", "YEARLY", "never")]
    [InlineData("FREQ=MONTHLY;BYDAY=3SA", "custom", "never")]
    [InlineData("FREQ=WEEKLY;UNTIL=20271127T000000Z", "custom", "never")]
    [InlineData("FREQ=WEEKLY;COUNT=3;UNTIL=20271127", "custom", "never")]
    public void A_stored_rule_becomes_choices_that_give_the_same_rule_back(string rule, string frequency, string ends)
    {
        var choice = RecurrenceChoice.FromRule(rule);

        Assert.Equal(frequency, choice.Frequency);
        Assert.Equal(ends, choice.Ends);
        Assert.Equal(rule, choice.ToRule());
    }

    [Fact]
    public void No_rule_is_an_event_that_does_not_repeat()
    {
        Assert.Equal(RecurrenceChoice.None, RecurrenceChoice.FromRule("  ").Frequency);
        Assert.Null(RecurrenceChoice.NoRepeat.ToRule());
        Assert.Null((RecurrenceChoice.NoRepeat with { Frequency = RecurrenceChoice.Custom }).ToRule());
    }

    [Fact]
    public void Weekdays_are_written_monday_first_and_only_for_a_weekly_rule()
    {
        var weekly = RecurrenceChoice.NoRepeat with { Frequency = "WEEKLY", Days = ["SU", "MO"], Interval = "2" };

        Assert.Equal("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,SU", weekly.ToRule());
        Assert.Equal("FREQ=MONTHLY;INTERVAL=2", (weekly with { Frequency = "MONTHLY" }).ToRule());
    }

    [Fact]
    public async Task The_seeded_market_shows_its_rule_as_choices_in_words_and_with_its_next_dates()
    {
        var (site, database) = await SiteAt(new DateTimeOffset(2027, 5, 1, 0, 0, 0, TimeSpan.Zero));
        await using var _ = database;
        await using var __ = site.Start();
        using var editor = await BackofficeClients.InChineseAsync(site, UserRoles.Editor);

        var page = await editor.GetStringAsync(FarmersMarket + "?culture=zh-Hans");
        var form = BackofficeForm.Read(page);

        Assert.Equal("WEEKLY", form["v.recurrence.freq"]);
        Assert.Equal("SA", form["v.recurrence.day"]);
        Assert.Equal("until", form["v.recurrence.ends"]);
        Assert.Equal("2027-11-27", form["v.recurrence.until"]);
        Assert.Contains("<legend>重复", page);
        Assert.Contains("重复：</strong> 每星期六，至2027年11月27日", page);
        // The next five dates skip 30 October, as the site's schedule does.
        Assert.Contains("<li>2027年10月16日 周六</li>", page);
        Assert.Contains("<li>2027年11月6日 周六</li>", page);
        Assert.DoesNotContain("2027年10月30日", page);
        Assert.Contains("<li>2027年11月20日 周六</li>", page);
        Assert.Contains("type=\"date\" name=\"v.exceptionDates\" value=\"2027-10-30\"", page);
    }

    [Theory, BothProviders]
    public async Task Choices_and_dates_are_saved_as_the_rule_and_dates_the_site_reads(DatabaseProvider provider)
    {
        var (site, database) = await SiteAt(new DateTimeOffset(2027, 5, 1, 0, 0, 0, TimeSpan.Zero), provider);
        await using var _ = database;
        await using var __ = site.Start();
        using var editor = await BackofficeClients.AsAsync(site, UserRoles.Editor);
        var form = BackofficeForm.Read(await editor.GetStringAsync(FarmersMarket + "?culture=en"));

        using var saved = await form
            .Set("v.recurrence.interval", "2").Set("v.recurrence.day", "SA").Add("v.recurrence.day", "SU")
            .Set("v.recurrence.ends", "count").Set("v.recurrence.count", "6")
            .Set("v.exceptionDates", "2027-10-30").Add("v.exceptionDates", string.Empty).Add("v.exceptionDates", "2027-10-24")
            .PostAsync(editor);
        var page = await editor.GetStringAsync(saved.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await site.WithScopeAsync<DocumentQueries>(async queries =>
        {
            var draft = await DraftAsync(queries);
            Assert.Equal("FREQ=WEEKLY;INTERVAL=2;BYDAY=SA,SU;COUNT=6", draft.GetValue("recurrence", null)!.ToString());
            Assert.Equal("2027-10-24, 2027-10-30", draft.GetValue("exceptionDates", null)!.ToString());
        });
        Assert.Contains("Repeats:</strong> Every 2 weeks on Saturday, Sunday, 6 times", page);
        Assert.Contains("<li>16 Oct 2027 Sat</li>", page);
        Assert.Contains("<li>17 Oct 2027 Sun</li>", page);
        Assert.DoesNotContain("24 Oct 2027", page.Split("Next dates:")[1].Split("</ul>")[0]);
    }

    [Fact]
    public async Task Does_not_repeat_clears_the_rule_and_a_custom_rule_is_kept_as_written()
    {
        var (site, database) = await SiteAt(new DateTimeOffset(2027, 5, 1, 0, 0, 0, TimeSpan.Zero));
        await using var _ = database;
        await using var __ = site.Start();
        using var editor = await BackofficeClients.AsAsync(site, UserRoles.Editor);

        var form = BackofficeForm.Read(await editor.GetStringAsync(FarmersMarket));
        using var custom = await form.Set("v.recurrence.freq", "custom").Set("v.recurrence", "FREQ=MONTHLY;BYDAY=3SA").PostAsync(editor);
        var customPage = await editor.GetStringAsync(custom.Headers.Location!.OriginalString);
        Assert.Equal("custom", BackofficeForm.Read(customPage)["v.recurrence.freq"]);
        Assert.Equal("FREQ=MONTHLY;BYDAY=3SA", BackofficeForm.Read(customPage)["v.recurrence"]);
        Assert.Contains("<li>16 Oct 2027 Sat</li>", customPage);
        Assert.Contains("<li>20 Nov 2027 Sat</li>", customPage);

        using var once = await BackofficeForm.Read(customPage).Set("v.recurrence.freq", "none").PostAsync(editor);
        await editor.GetStringAsync(once.Headers.Location!.OriginalString);
        await site.WithScopeAsync<DocumentQueries>(async queries =>
        {
            var draft = await DraftAsync(queries);
            Assert.Null(draft.GetValue("recurrence", null));
        });
    }

    [Fact]
    public async Task A_count_of_zero_is_refused_next_to_the_field_in_chinese_and_nothing_is_saved()
    {
        var (site, database) = await SiteAt(new DateTimeOffset(2027, 5, 1, 0, 0, 0, TimeSpan.Zero));
        await using var _ = database;
        await using var __ = site.Start();
        using var editor = await BackofficeClients.InChineseAsync(site, UserRoles.Editor);
        var form = BackofficeForm.Read(await editor.GetStringAsync(FarmersMarket + "?culture=zh-Hans"));

        using var refused = await form.Set("v.recurrence.ends", "count").Set("v.recurrence.count", "0").PostAsync(editor);
        var page = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("重复方式不完整", page);
        await site.WithScopeAsync<DocumentQueries>(async queries =>
        {
            var draft = await DraftAsync(queries);
            Assert.Equal("FREQ=WEEKLY;BYDAY=SA;UNTIL=20271127", draft.GetValue("recurrence", null)!.ToString());
        });
    }

    private static async Task<DocumentData> DraftAsync(DocumentQueries queries)
    {
        var document = (await queries.GetAsync(FarmersMarketKey, CancellationToken.None))!;
        return (await queries.GetVersionDataAsync(FarmersMarketKey, document.DraftVersionId, CancellationToken.None))!;
    }

    // The seeded market runs in autumn 2027; the site's clock is set before it, so its dates are all to come.
    private static Task<(SiteFactory Site, TestDatabase Database)> SiteAt(DateTimeOffset now, DatabaseProvider provider = DatabaseProvider.Sqlite) =>
        SiteFactory.CreateAsync(provider, services: services => services.AddSingleton(new SiteClock(new FakeTimeProvider(now))));
}
