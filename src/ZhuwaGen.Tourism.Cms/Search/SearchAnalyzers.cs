using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace ZhuwaGen.Tourism.Cms.Search;

/// <summary>
/// The analyzer of each culture: Chinese is segmented into words (SmartCn: 学尼村 | 农业 | 观光 | 采摘), English is
/// stemmed (picking → pick), and every other language (Tibetan) is split on Unicode word boundaries without stemming.
/// Analyzers are thread-safe and costly to build (SmartCn loads its dictionaries), so each is built once.
/// </summary>
public static class SearchAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly Lazy<Analyzer> Chinese = new(() => new SmartChineseAnalyzer(Version));
    private static readonly Lazy<Analyzer> English = new(() => new EnglishAnalyzer(Version));
    private static readonly Lazy<Analyzer> Other = new(() => new StandardAnalyzer(Version, CharArraySet.Empty));

    public static Analyzer For(string culture)
    {
        if (culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
        {
            return Chinese.Value;
        }

        return culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English.Value : Other.Value;
    }

    /// <summary>The terms <paramref name="text"/> becomes in <paramref name="culture"/>, as the index holds them.</summary>
    public static IReadOnlyList<string> Terms(string culture, string text)
    {
        var terms = new List<string>();
        using var stream = For(culture).GetTokenStream(SearchIndex.TextField, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }
}
