using System.Xml;
using System.Xml.Linq;

namespace ZhuwaGen.Tourism.Cms.Schema;

/// <summary>
/// Remembers where each model object came from so whole-schema rules can still point at a line, and which
/// objects already failed to parse so the validator does not pile follow-up errors onto them.
/// Keyed by reference because records with equal values (e.g. two duplicates) must keep their own lines.
/// </summary>
internal sealed class SchemaSourceMap
{
    private readonly Dictionary<object, int> _lines = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<object> _faulty = new(ReferenceEqualityComparer.Instance);

    public static SchemaSourceMap None => new();

    public static int? LineOf(XObject? node) =>
        node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;

    public void Record(object item, XObject node)
    {
        if (LineOf(node) is { } line)
        {
            _lines[item] = line;
        }
    }

    public int? LineOf(object item) => _lines.TryGetValue(item, out var line) ? line : null;

    public void MarkFaulty(object item) => _faulty.Add(item);

    public bool IsFaulty(object item) => _faulty.Contains(item);
}
