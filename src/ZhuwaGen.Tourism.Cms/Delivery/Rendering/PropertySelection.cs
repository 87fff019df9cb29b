namespace ZhuwaGen.Tourism.Cms.Delivery.Rendering;

/// <summary>
/// One level of an <c>expand</c> or <c>fields</c> clause of the v2 grammar: <c>properties[$all]</c>,
/// <c>properties[a,b]</c>, <c>properties[a[properties[x]]]</c>, <c>properties[$all[properties[x]]]</c>.
/// </summary>
public sealed class PropertySelection
{
    private readonly Dictionary<string, PropertySelection?> _named;

    private PropertySelection(bool all, PropertySelection? allNested, Dictionary<string, PropertySelection?> named)
    {
        All = all;
        AllNested = allNested;
        _named = named;
    }

    /// <summary>"$all": every property at this level.</summary>
    public bool All { get; }

    /// <summary>The clause under "$all", applied to every property that has none of its own.</summary>
    public PropertySelection? AllNested { get; }

    public static PropertySelection Everything { get; } = new(true, null, []);

    /// <summary>No property at all: what un-expanded picked content shows.</summary>
    public static PropertySelection None { get; } = new(false, null, []);

    public bool Includes(string alias) => All || _named.ContainsKey(alias);

    /// <summary>The clause one level down for <paramref name="alias"/>, or null when none was given.</summary>
    public PropertySelection? Nested(string alias) =>
        _named.TryGetValue(alias, out var nested) && nested is not null ? nested : AllNested;

    /// <summary>Parses a clause; an empty clause is no selection (null) and a malformed one an error message.</summary>
    public static bool TryParse(string? text, out PropertySelection? selection, out string? error)
    {
        selection = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var position = 0;
        var source = text.Trim();
        try
        {
            selection = ParseClause(source, ref position);
            if (position != source.Length)
            {
                throw new FormatException($"Unexpected '{source[position]}' at position {position + 1}.");
            }

            return true;
        }
        catch (FormatException exception)
        {
            error = $"'{source}' is not a valid clause: {exception.Message} Use properties[$all], properties[a,b] or properties[a[properties[x]]].";
            return false;
        }
    }

    private static PropertySelection ParseClause(string source, ref int position)
    {
        const string Prefix = "properties[";
        if (string.Compare(source, position, Prefix, 0, Prefix.Length, StringComparison.OrdinalIgnoreCase) != 0)
        {
            throw new FormatException($"Expected 'properties[' at position {position + 1}.");
        }

        position += Prefix.Length;
        var all = false;
        PropertySelection? allNested = null;
        var named = new Dictionary<string, PropertySelection?>(StringComparer.OrdinalIgnoreCase);
        while (true)
        {
            var start = position;
            while (position < source.Length && source[position] is not ('[' or ']' or ','))
            {
                position++;
            }

            var alias = source[start..position].Trim();
            PropertySelection? nested = null;
            if (position < source.Length && source[position] == '[')
            {
                position++;
                nested = ParseClause(source, ref position);
                Expect(source, ref position, ']');
            }

            if (alias == "$all")
            {
                all = true;
                allNested = nested ?? allNested;
            }
            else if (alias.Length > 0)
            {
                named[alias] = nested;
            }
            else if (nested is not null)
            {
                throw new FormatException($"A nested clause needs a property alias before it (position {start + 1}).");
            }

            if (position >= source.Length)
            {
                throw new FormatException("A '[' is not closed.");
            }

            if (source[position] == ',')
            {
                position++;
                continue;
            }

            Expect(source, ref position, ']');
            return new PropertySelection(all, allNested, named);
        }
    }

    private static void Expect(string source, ref int position, char expected)
    {
        if (position >= source.Length)
        {
            throw new FormatException("A '[' is not closed.");
        }

        if (source[position] != expected)
        {
            throw new FormatException($"Expected '{expected}' at position {position + 1}.");
        }

        position++;
    }
}
