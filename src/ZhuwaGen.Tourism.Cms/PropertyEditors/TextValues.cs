namespace ZhuwaGen.Tourism.Cms.PropertyEditors;

/// <summary>HTML that is safe to write into a page as it is (Markdown rendered and sanitized).</summary>
public sealed record HtmlMarkup(string Html)
{
    public override string ToString() => Html;
}

/// <summary>Rich text as Umbraco stores it: sanitized markup (blocks inside rich text are not supported).</summary>
public sealed record RichTextMarkup(string Markup)
{
    public override string ToString() => Markup;
}
