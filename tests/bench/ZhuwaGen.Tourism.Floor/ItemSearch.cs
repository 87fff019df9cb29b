using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ZhuwaGen.Tourism.Floor;

/// <summary>The site's search: an in-memory Lucene index of every item's text, analyzed with SmartCn.</summary>
internal sealed class ItemSearch : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private readonly RAMDirectory _directory = new();
    private SearcherManager? _searchers;

    public void Build(IReadOnlyList<HeldItem> items)
    {
        var analyzer = new SmartChineseAnalyzer(Version);
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(Version, analyzer)))
        {
            foreach (var item in items)
            {
                writer.AddDocument(new Document
                {
                    new StringField("id", item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES),
                    new TextField("text", System.Text.Encoding.UTF8.GetString(item.Json), Field.Store.NO),
                });
            }
        }

        _searchers = new SearcherManager(_directory, null);
        var searcher = _searchers.Acquire();
        try
        {
            var hits = searcher.Search(new QueryParser(Version, "text", analyzer).Parse("合作社"), 10);
            if (hits.TotalHits == 0)
            {
                throw new InvalidOperationException("The index finds nothing");
            }
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        _searchers?.Dispose();
        _directory.Dispose();
    }
}
