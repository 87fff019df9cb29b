using System.Globalization;
using Newtonsoft.Json.Linq;

namespace ZhuwaGen.Tourism.Web.Backoffice.Pickers;

/// <summary>
/// A pick's crop chosen on a phone as a zoom around the focal point, stored as Umbraco's crop coordinates (offsets from
/// each edge, fractions of 1) on the pick. At 1× the pick stores no coordinates and the crop is the largest box of the
/// crop's shape around the focal point, as the image endpoint cuts it; 1.5×, 2× and 3× store a box that much smaller,
/// centred on the focal point and kept inside the photo. Coordinates set elsewhere (the Management API) that match
/// no zoom are kept as they are.
/// </summary>
public static class CropFraming
{
    public const string Keep = "keep";

    public static readonly IReadOnlyList<string> Zooms = ["1", "1.5", "2", "3"];

    /// <summary>A crop of the data type: its alias and size in pixels.</summary>
    public readonly record struct Crop(string Alias, int Width, int Height)
    {
        public decimal Aspect => (decimal)Width / Height;
    }

    /// <summary>The box of a crop in fractions of the photo: left, top, width, height.</summary>
    public readonly record struct Box(decimal Left, decimal Top, decimal Width, decimal Height);

    /// <summary>The crops a media picker's configuration names, leaving out any without an alias or a size.</summary>
    public static IReadOnlyList<Crop> Configured(JArray? crops) =>
        (crops ?? []).OfType<JObject>()
            .Select(c => new Crop(c.Value<string>("alias") ?? string.Empty, c.Value<int?>("width") ?? 0, c.Value<int?>("height") ?? 0))
            .Where(c => c.Alias.Length > 0 && c.Width > 0 && c.Height > 0)
            .ToList();

    /// <summary>The box a zoom gives for a photo of <paramref name="photoAspect"/> (width / height) and a crop of <paramref name="cropAspect"/>.</summary>
    public static Box Frame(decimal photoAspect, decimal cropAspect, decimal zoom, decimal focalLeft, decimal focalTop)
    {
        var (width, height) = cropAspect > photoAspect ? (1m, photoAspect / cropAspect) : (cropAspect / photoAspect, 1m);
        width /= zoom;
        height /= zoom;
        return new Box(Clamp(focalLeft - (width / 2), 1 - width), Clamp(focalTop - (height / 2), 1 - height), width, height);
    }

    /// <summary>The box stored coordinates describe.</summary>
    public static Box FromCoordinates(JObject coordinates)
    {
        decimal Read(string name) => coordinates.Value<decimal?>(name) ?? 0;
        var (x1, y1, x2, y2) = (Read("x1"), Read("y1"), Read("x2"), Read("y2"));
        return new Box(x1, y1, 1 - x1 - x2, 1 - y1 - y2);
    }

    /// <summary>Umbraco's coordinates for a box, rounded to four places.</summary>
    public static JObject Coordinates(Box box) => new()
    {
        ["x1"] = Round(box.Left),
        ["y1"] = Round(box.Top),
        ["x2"] = Round(1 - box.Left - box.Width),
        ["y2"] = Round(1 - box.Top - box.Height),
    };

    /// <summary>The zoom stored coordinates stand for, or <see cref="Keep"/> when they match none.</summary>
    public static string ZoomOf(Box stored, decimal photoAspect, decimal cropAspect)
    {
        var full = Frame(photoAspect, cropAspect, 1, 0.5m, 0.5m);
        foreach (var zoom in Zooms.Skip(1))
        {
            var expected = full.Width / decimal.Parse(zoom, CultureInfo.InvariantCulture);
            if (Math.Abs(stored.Width - expected) <= 0.002m && Math.Abs(stored.Height - (full.Height / decimal.Parse(zoom, CultureInfo.InvariantCulture))) <= 0.002m)
            {
                return zoom;
            }
        }

        return Keep;
    }

    private static decimal Clamp(decimal value, decimal max) => Math.Min(Math.Max(value, 0), Math.Max(max, 0));

    private static decimal Round(decimal value) => Math.Round(Math.Max(value, 0), 4);
}
