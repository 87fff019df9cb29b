using ZhuwaGen.Tourism.Cms.ContentTypes;

namespace ZhuwaGen.Tourism.Tests.Schema;

/// <summary>A type's properties with its compositions', as views look them up by alias.</summary>
public sealed class ComposedPropertiesTests
{
    private static readonly ContentType Seo = Type("seo", [], Property("metaTitle"), Property("title"));
    private static readonly ContentType Page = Type("page", ["seo", "missing"], Property("title"), Property("body"));
    private static readonly ContentSchema Schema = new([], [], [Page, Seo]);

    [Fact]
    public void Own_properties_come_first_then_each_compositions_once()
    {
        Assert.Equal(["title", "body", "metaTitle", "title"], Schema.AllProperties(Page).Select(p => p.Alias));
        Assert.Same(Schema.AllProperties(Page), Schema.AllProperties(Page));
    }

    [Fact]
    public void A_type_from_another_schema_is_composed_with_this_schemas_compositions_and_not_kept()
    {
        var elsewhere = Page with { Properties = [Property("summary")] };

        Assert.Equal(["summary", "metaTitle", "title"], Schema.AllProperties(elsewhere).Select(p => p.Alias));
        Assert.NotSame(Schema.AllProperties(elsewhere), Schema.AllProperties(elsewhere));
    }

    [Fact]
    public void A_property_is_found_in_any_case_own_before_composed_and_missing_ones_are_null()
    {
        Assert.Same(Page.Properties[0], Schema.FindProperty(Page, "TITLE"));
        Assert.Same(Seo.Properties[0], Schema.FindProperty(Page, "metatitle"));
        Assert.Null(Schema.FindProperty(Page, "nothing"));
        Assert.Null(Schema.FindProperty(Seo, "body"));
    }

    private static ContentType Type(string alias, IReadOnlyList<string> compositions, params PropertyType[] properties) =>
        new(Guid.NewGuid(), alias, alias, "icon", null, true, false, ContentVariation.Nothing, compositions, [], properties, []);

    private static PropertyType Property(string alias) => new(Guid.NewGuid(), alias, alias, Guid.NewGuid(), "Umbraco.TextBox");
}
