using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Web.Site.Events;
using ZhuwaGen.Tourism.Web.Site.Rendering;
using ZhuwaGen.Tourism.Web.Site.Route;
using ZhuwaGen.Tourism.Web.Site.Stays;
using ZhuwaGen.Tourism.Web.Site.Stories;
using ZhuwaGen.Tourism.Web.Site.Text;

namespace ZhuwaGen.Tourism.Web.Site.Sharing;

/// <summary>
/// schema.org JSON-LD for a page, so search engines (Baidu and Bing included) show the route, its stops, events,
/// guesthouses and stories as what they are: <c>TouristTrip</c> with its stops in order, <c>TouristAttraction</c>,
/// <c>Event</c>, <c>LodgingBusiness</c>, <c>Article</c>, and <c>WebSite</c> with its search. Built with site-relative
/// URLs (the page model does not know the host); <see cref="Render"/> makes them absolute.
/// </summary>
public static class StructuredData
{
    private const string Context = "https://schema.org";
    private const string ChinaOffset = "+08:00";

    private static readonly string[] UrlProperties = ["url", "@id", "image", "urlTemplate", "target"];

    public static JsonObject? For(SiteRequest request, PublishedItem item, string? image) => item.ContentTypeAlias switch
    {
        "site" => WebSite(request, item),
        "route" => TouristTrip(request, item, image),
        "routeStop" => Attraction(request, item, image),
        "event" => Event(request, item, image),
        "guesthouse" => Lodging(request, item, image),
        "story" => Article(request, item, image),
        _ => null,
    };

    /// <summary>The JSON for a <c>script type="application/ld+json"</c>: URLs absolute, and <c>&lt;</c> escaped so no text can close the script.</summary>
    public static string Render(JsonObject data, string origin)
    {
        var copy = (JsonObject)data.DeepClone();
        Absolutize(copy, origin);
        return copy.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.Default });
    }

    private static JsonObject WebSite(SiteRequest request, PublishedItem item)
    {
        var data = Base("WebSite", request, item);
        data["potentialAction"] = new JsonObject
        {
            ["@type"] = "SearchAction",
            ["target"] = request.HomeUrl + "?q={search_term_string}",
            ["query-input"] = "required name=search_term_string",
        };
        return data;
    }

    private static JsonObject TouristTrip(SiteRequest request, PublishedItem item, string? image)
    {
        var data = Base("TouristTrip", request, item, image);
        var stops = RouteStop.Of(request, item);
        data["itinerary"] = new JsonObject
        {
            ["@type"] = "ItemList",
            ["numberOfItems"] = stops.Count,
            ["itemListElement"] = new JsonArray(stops.Select(s => (JsonNode)new JsonObject
            {
                ["@type"] = "ListItem",
                ["position"] = s.Number,
                ["item"] = Attraction(request, s.Item, null, withContext: false),
            }).ToArray()),
        };
        return data;
    }

    private static JsonObject Attraction(SiteRequest request, PublishedItem item, string? image, bool withContext = true)
    {
        var data = Base("TouristAttraction", request, item, image, withContext);
        Add(data, "geo", Geo(item, request.Culture));
        Add(data, "telephone", request.String(item, "contactPhone"));
        return data;
    }

    private static JsonObject? Event(SiteRequest request, PublishedItem item, string? image)
    {
        if (EventSchedule.Of(item, request.Culture) is not { } schedule)
        {
            return null;
        }

        // A repeating event is described at its next time, with its rule as a schema.org Schedule.
        var times = schedule.Relevant(request.Clock.Now);
        var data = Base("Event", request, item, image);
        data["startDate"] = Iso(times.Start);
        data["endDate"] = Iso(times.End);
        Add(data, "eventSchedule", EventSchedules.Of(schedule));
        data["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode";
        data["eventStatus"] = "https://schema.org/EventScheduled";
        if (item.Value<PublishedItem>("venue", request.Culture) is { } venue)
        {
            var place = new JsonObject { ["@type"] = "Place", ["name"] = request.Name(venue) };
            Add(place, "url", request.Url(venue));
            Add(place, "geo", Geo(venue, request.Culture));
            data["location"] = place;
        }

        return data;
    }

    private static JsonObject Lodging(SiteRequest request, PublishedItem item, string? image)
    {
        var data = Base("LodgingBusiness", request, item, image);
        Add(data, "address", request.String(item, "address"));
        Add(data, "geo", Geo(item, request.Culture));
        Add(data, "telephone", request.String(item, "phone"));
        Add(data, "email", request.String(item, "email"));
        Add(data, "checkinTime", request.String(item, "checkInTime"));
        Add(data, "checkoutTime", request.String(item, "checkOutTime"));
        var prices = RoomView.Of(request, item).Select(r => r.NightlyPrice).OfType<decimal>().ToList();
        if (prices.Count > 0)
        {
            data["priceRange"] = prices.Min() == prices.Max()
                ? $"¥{Money(prices.Min())}"
                : $"¥{Money(prices.Min())}–¥{Money(prices.Max())}";
            data["currenciesAccepted"] = "CNY";
            data["paymentAccepted"] = "Cash, WeChat Pay, Alipay";
        }

        return data;
    }

    private static JsonObject Article(SiteRequest request, PublishedItem item, string? image)
    {
        var data = Base("Article", request, item, image);
        data["headline"] = request.Name(item);
        if (item.Value<DateTimeOffset?>("publishDate", request.Culture) is { } date)
        {
            data["datePublished"] = Iso(SiteClock.WallClock(date));
        }

        data["dateModified"] = item.UpdateDate.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        if (request.String(item, "author") is { } author)
        {
            data["author"] = new JsonObject { ["@type"] = "Person", ["name"] = author };
        }

        var tags = StoryModel.TagsOf(request, item);
        if (tags.Count > 0)
        {
            data["keywords"] = string.Join(", ", tags);
        }

        return data;
    }

    private static JsonObject Base(string type, SiteRequest request, PublishedItem item, string? image = null, bool withContext = true)
    {
        var data = new JsonObject();
        if (withContext)
        {
            data["@context"] = Context;
        }

        data["@type"] = type;
        data["name"] = request.Name(item);
        Add(data, "description", request.String(item, "metaDescription") ?? request.String(item, "summary"));
        Add(data, "url", request.Url(item));
        Add(data, "image", image);
        if (withContext)
        {
            data["inLanguage"] = item.CultureShown(request.Culture) ?? request.Culture;
        }

        return data;
    }

    private static JsonObject? Geo(PublishedItem item, string culture) =>
        RouteStop.PointOf(item, culture) is { } point
            ? new JsonObject { ["@type"] = "GeoCoordinates", ["latitude"] = Math.Round(point.Latitude, 6), ["longitude"] = Math.Round(point.Longitude, 6) }
            : null;

    private static void Add(JsonObject data, string name, JsonNode? value)
    {
        if (value is not null)
        {
            data[name] = value;
        }
    }

    private static void Add(JsonObject data, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            data[name] = value;
        }
    }

    private static string Iso(DateTime wallClock) => wallClock.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + ChinaOffset;

    private static string Money(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);

    private static void Absolutize(JsonNode? node, string origin)
    {
        switch (node)
        {
            case JsonObject data:
                foreach (var (name, value) in data.ToList())
                {
                    if (UrlProperties.Contains(name) && value is JsonValue text && text.TryGetValue<string>(out var url) && url.StartsWith('/'))
                    {
                        data[name] = origin + url;
                    }
                    else
                    {
                        Absolutize(value, origin);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Absolutize(item, origin);
                }

                break;
        }
    }
}
