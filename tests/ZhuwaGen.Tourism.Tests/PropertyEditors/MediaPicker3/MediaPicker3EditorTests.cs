using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.PropertyEditors;

namespace ZhuwaGen.Tourism.Tests.PropertyEditors.MediaPicker3;

public sealed class MediaPicker3EditorTests
{
    private static readonly Guid Photo = Guid.Parse("0c7b6c5a-8d3e-4a53-9a0f-3c8f3e5b2d11");
    private readonly EditorUnit _unit = new(PropertyEditorAliases.MediaPicker3);

    [Fact]
    public void Validates_media_items_and_single_pick()
    {
        var two = new JArray(new JObject { ["mediaKey"] = Photo.ToString() }, new JObject { ["mediaKey"] = Guid.NewGuid().ToString() });

        Assert.True(_unit.IsValid(two, new JObject { ["multiple"] = true }));
        Assert.False(_unit.IsValid(two));
        Assert.False(_unit.IsValid(new JArray(new JObject { ["key"] = "x" })));
    }

    [Fact]
    public void Converts_picks_with_their_focal_point_and_crops_and_the_configured_crops()
    {
        var value = new JArray(new JObject
        {
            ["mediaKey"] = Photo.ToString(),
            ["focalPoint"] = new JObject { ["left"] = 0.25, ["top"] = 0.75 },
            ["crops"] = new JArray(new JObject
            {
                ["alias"] = "hero",
                ["coordinates"] = new JObject { ["x1"] = 0.1, ["y1"] = 0.2, ["x2"] = 0.3, ["y2"] = 0.4 },
            }),
        });
        var config = new JObject { ["crops"] = new JArray(new JObject { ["alias"] = "hero", ["width"] = 1200, ["height"] = 600 }) };

        var picks = Assert.IsType<MediaPicks>(_unit.Convert(value, config));

        var pick = Assert.Single(picks.Items);
        Assert.Equal(Photo, pick.MediaKey);
        Assert.Equal(new MediaFocalPoint(0.25m, 0.75m), pick.FocalPoint);
        Assert.Equal(new MediaCropCoordinates(0.1m, 0.2m, 0.3m, 0.4m), pick.LocalCrops["HERO"]);
        Assert.Equal(new MediaCrop("hero", 1200, 600, null), Assert.Single(picks.ConfiguredCrops));
    }

    [Fact]
    public void A_malformed_focal_point_or_crop_never_throws()
    {
        var value = new JArray(new JObject
        {
            ["mediaKey"] = Photo.ToString(),
            ["focalPoint"] = new JObject { ["left"] = "left", ["top"] = new JArray() },
            ["crops"] = new JArray(new JObject { ["alias"] = "hero", ["coordinates"] = new JObject { ["x1"] = JToken.Parse("1e400") } }),
        });

        var pick = Assert.Single(Assert.IsType<MediaPicks>(_unit.Convert(value)).Items);

        Assert.Equal(new MediaFocalPoint(0, 0), pick.FocalPoint);
        Assert.Null(_unit.QueryKind);
    }
}
