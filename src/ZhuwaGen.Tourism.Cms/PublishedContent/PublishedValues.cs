using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.PropertyEditors;

namespace ZhuwaGen.Tourism.Cms.PublishedContent;

/// <summary>
/// A stored value through its editor's converter, then resolved against the site: a content picker gives a
/// <see cref="PublishedItem"/> (null when the picked item is not published), a tree picker
/// <c>IReadOnlyList&lt;PublishedItem&gt;</c> (unpublished picks and media picks left out), a media picker
/// <c>IReadOnlyList&lt;MediaWithCrops&gt;</c>, a URL picker <c>IReadOnlyList&lt;PublishedLink&gt;</c>, a block list
/// <c>IReadOnlyList&lt;PublishedBlock&gt;</c>; other editors give the converter's value (string, long, decimal, bool,
/// DateTimeOffset, DateOnly, IReadOnlyList&lt;string&gt;, <see cref="HtmlMarkup"/>).
/// </summary>
internal static class PublishedValues
{
    public static object? Read(PublishedSite site, PropertyType property, JToken? raw, string culture)
    {
        var config = site.Schema.FindDataType(property.DataTypeKey)?.Config ?? [];
        var converted = PropertyEditorRegistry.Default.Find(property.EditorAlias).Convert(raw, new PropertyConversion(site.Schema, config));
        return converted switch
        {
            PickedKey { Entity: PickedEntity.Document } picked => site.ByKey(picked.Key),
            PickedKey { Entity: PickedEntity.Media } picked => MediaWithCrops.Resolve(site, new MediaPick(picked.Key, null, new Dictionary<string, Media.MediaCropCoordinates>()), []),
            IReadOnlyList<PickedKey> picks => picks.Where(p => p.Entity == PickedEntity.Document)
                .Select(p => site.ByKey(p.Key)).OfType<PublishedItem>().ToList(),
            MediaPicks media => media.Items.Select(p => MediaWithCrops.Resolve(site, p, media.ConfiguredCrops)).OfType<MediaWithCrops>().ToList(),
            IReadOnlyList<LinkPick> links => links.Select(l => PublishedLink.Resolve(site, l, culture)).OfType<PublishedLink>().ToList(),
            BlockListModel blocks => blocks.Items
                .Select(b => new PublishedBlock(new PublishedElement(site, b.Content, culture), b.Settings is null ? null : new PublishedElement(site, b.Settings, culture)))
                .ToList(),
            _ => converted,
        };
    }
}
