using Ganss.Xss;
using Ical.Net;
using Markdig;
using Microsoft.AspNetCore.Mvc;

namespace ZhuwaGen.Tourism.Floor;

/// <summary>The home page's model: item names, and with the text part a sanitised Markdown body and each event's next date.</summary>
public sealed record HomeModel(IReadOnlyList<string> Names, string BodyHtml, IReadOnlyList<string> NextDates);

/// <summary>A Razor page over the held items, the way the site's home page lists stops and events.</summary>
public sealed class HomeController(Parts parts) : Controller
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
    private static readonly HtmlSanitizer Sanitizer = new();

    public IActionResult Index()
    {
        var names = parts.Ef
            ? HttpContext.RequestServices.GetRequiredService<ItemStore>().Items.Take(20).Select(i => i.Name).ToList()
            : ["桑久红色驿站"];
        return parts.Text
            ? View(new HomeModel(names, Sanitizer.Sanitize(Markdown.ToHtml(Body, Pipeline)), NextDates()))
            : View(new HomeModel(names, "", []));
    }

    private const string Body = "## 桑久红色驿站\n\n沿着**桑久—巴嘎**线路，游客可以在这里休息。[更多](/sangjiu-baga/)\n\n- 采摘\n- 合作社";

    // The site reads each event's iCalendar schedule for the dates it shows.
    private static List<string> NextDates()
    {
        var from = new Ical.Net.DataTypes.CalDateTime(2027, 1, 1);
        return Enumerable.Range(1, 1000).Select(i =>
        {
            var calendar = Calendar.Load($"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//floor//EN\r\nBEGIN:VEVENT\r\nUID:e{i}\r\nDTSTART:20270101T{10 + i % 8:00}0000\r\nRRULE:FREQ=WEEKLY;COUNT=10\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")!;
            return calendar.GetOccurrences(from).First().Period.StartTime.ToString();
        }).Take(20).ToList();
    }
}
