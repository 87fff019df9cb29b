using ZhuwaGen.Tourism.Web.Site.Events;

namespace ZhuwaGen.Tourism.Tests.PublicSite;

/// <summary>Repeating events expanded with Ical.Net in China time: month boundaries, skipped dates, ends and bad rules.</summary>
public sealed class EventScheduleTests
{
    // The seed's Zhala farmers' market: Saturdays 10:00–16:00 from 16 October to 27 November 2027, not on 30 October.
    private static readonly EventTimes FirstMarket = new(new DateTime(2027, 10, 16, 10, 0, 0), new DateTime(2027, 10, 16, 16, 0, 0));

    [Fact]
    public void A_weekly_rule_crosses_the_month_boundary_and_skips_the_exception_date()
    {
        var schedule = EventSchedule.Create(FirstMarket, "FREQ=WEEKLY;BYDAY=SA;UNTIL=20271127", "2027-10-30");

        var days = schedule.Between(new DateTime(2027, 10, 1), new DateTime(2028, 1, 1)).Select(t => t.Start).ToList();

        Assert.Equal(
            [
                new DateTime(2027, 10, 16, 10, 0, 0), new DateTime(2027, 10, 23, 10, 0, 0),
                new DateTime(2027, 11, 6, 10, 0, 0), new DateTime(2027, 11, 13, 10, 0, 0),
                new DateTime(2027, 11, 20, 10, 0, 0), new DateTime(2027, 11, 27, 10, 0, 0),
            ],
            days);
        Assert.All(schedule.Between(new DateTime(2027, 10, 1), new DateTime(2028, 1, 1)), t => Assert.Equal(TimeSpan.FromHours(6), t.End - t.Start));
        Assert.Equal([new DateTime(2027, 10, 30)], schedule.Skipped);
    }

    [Fact]
    public void A_month_holds_only_its_own_times()
    {
        var schedule = EventSchedule.Create(FirstMarket, "FREQ=WEEKLY;BYDAY=SA;UNTIL=20271127", "2027-10-30");

        var november = schedule.Between(new DateTime(2027, 11, 1), new DateTime(2027, 12, 1)).Select(t => t.Start.Day);

        Assert.Equal([6, 13, 20, 27], november);
    }

    [Fact]
    public void The_relevant_time_is_the_one_on_now_then_the_next_then_the_last()
    {
        var schedule = EventSchedule.Create(FirstMarket, "FREQ=WEEKLY;BYDAY=SA;UNTIL=20271127", "2027-10-30");

        Assert.Equal(new DateTime(2027, 10, 23, 10, 0, 0), schedule.Relevant(new DateTime(2027, 10, 23, 15, 59, 0)).Start);
        // The Saturday skipped: the next is a week later.
        Assert.Equal(new DateTime(2027, 11, 6, 10, 0, 0), schedule.Relevant(new DateTime(2027, 10, 29, 12, 0, 0)).Start);
        Assert.Equal(new DateTime(2027, 11, 27, 10, 0, 0), schedule.Relevant(new DateTime(2028, 3, 1)).Start);
        Assert.Equal(
            [new DateTime(2027, 11, 6, 10, 0, 0), new DateTime(2027, 11, 13, 10, 0, 0)],
            schedule.Upcoming(new DateTime(2027, 10, 24), 2).Select(t => t.Start));
    }

    [Fact]
    public void A_count_ends_the_rule_and_a_monthly_rule_picks_the_weekday_of_the_month()
    {
        // The third Saturday of each month, three times.
        var schedule = EventSchedule.Create(FirstMarket, "FREQ=MONTHLY;BYDAY=3SA;COUNT=3", null);

        var times = schedule.Between(new DateTime(2027, 1, 1), new DateTime(2030, 1, 1)).Select(t => t.Start.Date);

        Assert.Equal([new DateTime(2027, 10, 16), new DateTime(2027, 11, 20), new DateTime(2027, 12, 18)], times);
    }

    [Fact]
    public void An_endless_rule_is_expanded_only_as_far_as_asked()
    {
        var schedule = EventSchedule.Create(FirstMarket, "FREQ=DAILY", null);

        Assert.Equal(31, schedule.Between(new DateTime(2030, 1, 1), new DateTime(2030, 2, 1)).Count());
        Assert.Equal(new DateTime(2031, 5, 5, 10, 0, 0), schedule.Relevant(new DateTime(2031, 5, 5, 9, 0, 0)).Start);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("FREQ=HOURLY")]
    [InlineData("not a rule")]
    public void No_rule_or_one_that_cannot_be_used_leaves_a_one_off_event(string? rule)
    {
        var schedule = EventSchedule.Create(FirstMarket, rule, "2027-10-16");

        Assert.False(schedule.Repeats);
        Assert.Equal([FirstMarket], schedule.Between(new DateTime(2027, 1, 1), new DateTime(2028, 1, 1)));
        Assert.Empty(schedule.Between(new DateTime(2027, 10, 16, 16, 0, 0), new DateTime(2028, 1, 1)));
        Assert.Equal(FirstMarket, schedule.Relevant(new DateTime(2028, 1, 1)));
    }
}
