using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Web.Backoffice.Pickers;

namespace ZhuwaGen.Tourism.Tests.Backoffice;

public sealed class CropFramingTests
{
    [Fact]
    public void A_wide_crop_of_a_tall_photo_spans_its_width_and_stays_inside_at_the_bottom_edge()
    {
        // A 3:4 portrait, a 16:9 crop, zoom 1, focal point at the very bottom: the box sits on the bottom edge.
        var box = CropFraming.Frame(0.75m, 16m / 9, 1, 0.5m, 1m);

        Assert.Equal(1m, box.Width);
        Assert.Equal(0.4219m, Math.Round(box.Height, 4));
        Assert.Equal(0m, box.Left);
        Assert.Equal(1 - box.Height, box.Top);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("2")]
    [InlineData("3")]
    public void Stored_coordinates_of_a_zoom_are_read_back_as_that_zoom(string zoom)
    {
        var box = CropFraming.Frame(4m / 3, 16m / 9, decimal.Parse(zoom, System.Globalization.CultureInfo.InvariantCulture), 0.3m, 0.6m);
        var stored = CropFraming.FromCoordinates(CropFraming.Coordinates(box));

        Assert.Equal(zoom, CropFraming.ZoomOf(stored, 4m / 3, 16m / 9));
    }

    [Fact]
    public void Coordinates_that_match_no_zoom_are_kept()
    {
        var stored = CropFraming.FromCoordinates(new JObject { ["x1"] = 0.1m, ["y1"] = 0.1m, ["x2"] = 0.2m, ["y2"] = 0.3m });

        Assert.Equal(CropFraming.Keep, CropFraming.ZoomOf(stored, 4m / 3, 16m / 9));
    }
}
