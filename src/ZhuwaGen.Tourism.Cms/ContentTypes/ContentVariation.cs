namespace ZhuwaGen.Tourism.Cms.ContentTypes;

/// <summary>How a content type or a property varies, with Umbraco's names.</summary>
public enum ContentVariation
{
    Nothing,
    Culture,
    Segment,
    CultureAndSegment,
}

public static class ContentVariationExtensions
{
    public static bool VariesByCulture(this ContentVariation variation) =>
        variation is ContentVariation.Culture or ContentVariation.CultureAndSegment;
}
