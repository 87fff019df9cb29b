using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.PublishedContent.Querying;
using ZhuwaGen.Tourism.Cms.Publishing;
using ZhuwaGen.Tourism.Cms.Schema;

namespace ZhuwaGen.Tourism.Cms.PublishedContent;

/// <summary>What site controllers and views inject: the current published site (the snapshot swapped in last).</summary>
public sealed class PublishedContentReader(
    PublishedSnapshotService snapshots, SchemaRegistry schemas, IPublishedMediaSource media, PublishedQueryEngine queries)
{
    /// <summary>The current snapshot as a <see cref="PublishedSite"/>; take it once per request.</summary>
    public PublishedSite Current => new(snapshots.Current, schemas.Current, media, queries);

    /// <summary>
    /// The current site with one item replaced by <paramref name="draft"/> (a preview): a patched copy of the
    /// snapshot that no one else sees; the live snapshot, and the query index made for it, are untouched.
    /// </summary>
    public PublishedSite Previewing(PublishedDocument draft)
    {
        var current = snapshots.Current;
        return new(current.With([draft], []), schemas.Current, media, queries.ForOneSnapshot());
    }
}
