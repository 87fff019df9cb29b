using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.PropertyEditors;

namespace ZhuwaGen.Tourism.Tests.PropertyEditors.MultiUrlPicker;

public sealed class MultiUrlPickerEditorTests
{
    private static readonly Guid Page = Guid.Parse("7aad4c02-e0b5-4750-b26b-17eb823a1ed7");
    private readonly EditorUnit _unit = new(PropertyEditorAliases.MultiUrlPicker);

    [Fact]
    public void Validates_links_pointing_somewhere()
    {
        Assert.True(_unit.IsValid(new JArray(new JObject { ["url"] = "https://example.com" })));
        Assert.False(_unit.IsValid(new JArray(new JObject { ["name"] = "nowhere" })));
    }

    [Fact]
    public void Converts_content_media_and_external_links_leaving_out_links_to_nowhere()
    {
        var links = Assert.IsAssignableFrom<IReadOnlyList<LinkPick>>(_unit.Convert(new JArray(
            new JObject { ["udi"] = $"umb://document/{Page:N}", ["name"] = "Red Station", ["queryString"] = "?a=1" },
            new JObject { ["udi"] = $"umb://media/{Page:N}", ["title"] = "Photo", ["target"] = "_blank" },
            new JObject { ["url"] = "https://example.com" },
            new JObject { ["name"] = "nowhere" })));

        Assert.Equal(
            [
                new LinkPick(new PickedKey(Page, PickedEntity.Document), null, "Red Station", null, "?a=1"),
                new LinkPick(new PickedKey(Page, PickedEntity.Media), null, "Photo", "_blank", null),
                new LinkPick(null, "https://example.com", null, null, null),
            ],
            links);
        Assert.Null(_unit.QueryKind);
    }
}
