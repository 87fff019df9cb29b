using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;

namespace ZhuwaGen.Tourism.Tests.Documents.Validation;

public sealed class PickerEditorTests
{
    private const string DocumentUdi = "umb://document/4fd1c6a2a1b84b0e9f1e2c3d4e5f6a7b";
    private const string OtherUdi = "umb://document/0123456789abcdef0123456789abcdef";

    [Fact]
    public void Content_picker_takes_a_document_udi_or_a_guid()
    {
        SingleProperty.AssertValid(PropertyEditorAliases.ContentPicker, DocumentUdi);
        SingleProperty.AssertValid(PropertyEditorAliases.ContentPicker, Guid.NewGuid().ToString());
        SingleProperty.AssertInvalid(PropertyEditorAliases.ContentPicker, "umb://media/4fd1c6a2a1b84b0e9f1e2c3d4e5f6a7b");
        SingleProperty.AssertInvalid(PropertyEditorAliases.ContentPicker, "umb://document/xyz");
        SingleProperty.AssertInvalid(PropertyEditorAliases.ContentPicker, "/about-us/");
    }

    [Fact]
    public void Multi_node_tree_picker_takes_comma_separated_udis_up_to_max_number()
    {
        var config = new JObject { ["maxNumber"] = 1 };

        SingleProperty.AssertValid(PropertyEditorAliases.MultiNodeTreePicker, $"{DocumentUdi},{OtherUdi}");
        SingleProperty.AssertInvalid(PropertyEditorAliases.MultiNodeTreePicker, $"{DocumentUdi},nope");
        var error = SingleProperty.AssertInvalid(PropertyEditorAliases.MultiNodeTreePicker, $"{DocumentUdi},{OtherUdi}", config);
        Assert.Contains("at most 1", error.Message);
    }

    [Fact]
    public void Media_picker_items_need_a_media_key()
    {
        var good = new JObject { ["key"] = Guid.NewGuid().ToString(), ["mediaKey"] = Guid.NewGuid().ToString(), ["crops"] = new JArray(), ["focalPoint"] = null };

        SingleProperty.AssertValid(PropertyEditorAliases.MediaPicker3, new JArray(good));
        SingleProperty.AssertInvalid(PropertyEditorAliases.MediaPicker3, new JArray(new JObject { ["key"] = Guid.NewGuid().ToString() }));
        SingleProperty.AssertInvalid(PropertyEditorAliases.MediaPicker3, new JArray(new JObject { ["mediaKey"] = "photo.jpg" }));
        SingleProperty.AssertInvalid(PropertyEditorAliases.MediaPicker3, good);
    }

    [Fact]
    public void Media_picker_allows_one_item_unless_multiple()
    {
        var two = new JArray(MediaItem(), MediaItem());

        SingleProperty.AssertInvalid(PropertyEditorAliases.MediaPicker3, two);
        SingleProperty.AssertValid(PropertyEditorAliases.MediaPicker3, two, new JObject { ["multiple"] = true });
    }

    [Fact]
    public void Media_picker_count_respects_validation_limit()
    {
        var config = new JObject { ["multiple"] = true, ["validationLimit"] = new JObject { ["min"] = 2, ["max"] = 3 } };

        var tooFew = SingleProperty.AssertInvalid(PropertyEditorAliases.MediaPicker3, new JArray(MediaItem()), config);
        Assert.Contains("at least 2", tooFew.Message);
        SingleProperty.AssertInvalid(PropertyEditorAliases.MediaPicker3, new JArray(MediaItem(), MediaItem(), MediaItem(), MediaItem()), config);
        SingleProperty.AssertValid(PropertyEditorAliases.MediaPicker3, new JArray(MediaItem(), MediaItem()), config);
    }

    [Fact]
    public void Multi_url_picker_links_need_a_url_or_udi()
    {
        SingleProperty.AssertValid(PropertyEditorAliases.MultiUrlPicker,
            new JArray(new JObject { ["url"] = "https://example.org", ["name"] = "Example" }, new JObject { ["udi"] = DocumentUdi }));
        var error = SingleProperty.AssertInvalid(PropertyEditorAliases.MultiUrlPicker,
            new JArray(new JObject { ["url"] = "https://example.org" }, new JObject { ["name"] = "Nowhere" }));
        Assert.Contains("Link 2", error.Message);
        SingleProperty.AssertInvalid(PropertyEditorAliases.MultiUrlPicker, "https://example.org");
    }

    private static JObject MediaItem() => new() { ["mediaKey"] = Guid.NewGuid().ToString() };
}
