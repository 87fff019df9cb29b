using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using ZhuwaGen.Tourism.Cms.Publishing;
using ZhuwaGen.Tourism.Cms.Schema;

namespace ZhuwaGen.Tourism.Cms.Search;

/// <summary>
/// Full-text index of the published content, one Lucene document per item and culture, analyzed with that culture's
/// analyzer (<see cref="SearchAnalyzers"/>). It lives in memory (a <see cref="RAMDirectory"/>): the site has tens to
/// a few thousand items, so building it from the snapshot once the site listens costs less than keeping files in
/// step. Until then a search throws <see cref="SearchIndexNotReadyException"/>, which the endpoints answer with 503.
/// It keeps its own generation: the snapshot generation of the last change applied to it. A search reads whatever
/// the index holds and never builds it: between a snapshot swap and <see cref="SearchIndexer"/>'s handler, a
/// search answers from the last applied change, and the indexer catches up off the request path.
/// </summary>
public sealed class SearchIndex(SchemaRegistry schemas) : IDisposable
{
    public const string TextField = "text";
    private const string KeyField = "key";
    private const string CultureField = "culture";

    // More terms than this is no longer a search a visitor typed; Lucene would also refuse past 1,024 clauses.
    private const int MaxTerms = 64;

    private readonly System.Threading.Lock _write = new();
    private readonly RAMDirectory _directory = new();
    private IndexWriter? _writer;
    private SearcherManager? _searchers;
    private long _generation = -1;
    private int _rebuilds;

    /// <summary>The snapshot generation of the last change applied to the index; -1 before the first build.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>False until the first build, which runs once the site listens (a search before it is refused).</summary>
    public bool IsBuilt => Volatile.Read(ref _searchers) is not null;

    /// <summary>How many times the index was built whole (once at start, unless an update finds it empty).</summary>
    public int Rebuilds => Volatile.Read(ref _rebuilds);

    /// <summary>Builds the whole index from <paramref name="snapshot"/> when it is newer than what the index holds.</summary>
    public void Rebuild(PublishedSnapshot snapshot)
    {
        lock (_write)
        {
            if (snapshot.Generation > _generation)
            {
                RebuildLocked(snapshot);
            }
        }
    }

    /// <summary>Re-indexes <paramref name="keys"/> from <paramref name="snapshot"/>: gone keys leave the index.</summary>
    public void Update(PublishedSnapshot snapshot, IEnumerable<Guid> keys)
    {
        lock (_write)
        {
            if (_writer is null || _searchers is null)
            {
                RebuildLocked(snapshot);
                return;
            }

            foreach (var key in keys.Distinct())
            {
                _writer.DeleteDocuments(new Term(KeyField, key.ToString("D")));
                if (snapshot.ByKey(key) is { } document)
                {
                    Add(_writer, snapshot, document);
                }
            }

            _searchers.MaybeRefreshBlocking();
            Interlocked.Exchange(ref _generation, Math.Max(_generation, snapshot.Generation));
        }
    }

    /// <summary>
    /// The items whose text in <paramref name="culture"/> holds every term of <paramref name="text"/>, with their
    /// relevance. No searchable term (only stop words or punctuation) finds nothing.
    /// </summary>
    public IReadOnlyDictionary<Guid, float> Search(string text, string culture)
    {
        if (Volatile.Read(ref _searchers) is not { } searchers)
        {
            throw new SearchIndexNotReadyException();
        }

        var terms = SearchAnalyzers.Terms(culture, text).Distinct(StringComparer.Ordinal).Take(MaxTerms).ToList();
        if (terms.Count == 0)
        {
            return new Dictionary<Guid, float>();
        }

        var query = new BooleanQuery { { new TermQuery(new Term(CultureField, culture.ToLowerInvariant())), Occur.MUST } };
        foreach (var term in terms)
        {
            query.Add(new TermQuery(new Term(TextField, term)), Occur.MUST);
        }

        var searcher = searchers.Acquire();
        try
        {
            var hits = searcher.Search(query, Math.Max(1, searcher.IndexReader.MaxDoc)).ScoreDocs;
            var result = new Dictionary<Guid, float>(hits.Length);
            foreach (var hit in hits)
            {
                result[Guid.Parse(searcher.Doc(hit.Doc).Get(KeyField))] = hit.Score;
            }

            return result;
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        lock (_write)
        {
            _searchers?.Dispose();
            _writer?.Dispose();
            _directory.Dispose();
        }
    }

    private void RebuildLocked(PublishedSnapshot snapshot)
    {
        Interlocked.Increment(ref _rebuilds);
        _writer ??= new IndexWriter(_directory, new IndexWriterConfig(SearchAnalyzers.Version, SearchAnalyzers.For(string.Empty)));
        _writer.DeleteAll();
        foreach (var document in snapshot.All)
        {
            Add(_writer, snapshot, document);
        }

        _writer.Commit();
        _searchers ??= new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
        _searchers.MaybeRefreshBlocking();
        Interlocked.Exchange(ref _generation, snapshot.Generation);
    }

    private void Add(IndexWriter writer, PublishedSnapshot snapshot, PublishedDocument document)
    {
        var schema = schemas.Current;
        foreach (var language in snapshot.Languages)
        {
            if (SearchText.Of(document, snapshot, schema, language.IsoCode) is not { } text)
            {
                continue;
            }

            var entry = new Document
            {
                new StringField(KeyField, document.Key.ToString("D"), Field.Store.YES),
                new StringField(CultureField, language.IsoCode.ToLowerInvariant(), Field.Store.NO),
                new TextField(TextField, text, Field.Store.NO),
            };
            writer.AddDocument(entry, SearchAnalyzers.For(language.IsoCode));
        }
    }
}

/// <summary>A search arrived before the index's first build (the seconds after start-up).</summary>
public sealed class SearchIndexNotReadyException() : InvalidOperationException("The search index is being built.");
