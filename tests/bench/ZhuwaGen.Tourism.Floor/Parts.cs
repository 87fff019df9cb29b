namespace ZhuwaGen.Tourism.Floor;

/// <summary>Which of the site's libraries this run loads and uses.</summary>
public sealed record Parts(bool Mvc, bool Ef, bool Auth, bool Search, bool Text)
{
    public static Parts From(string? list)
    {
        var names = (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet();
        var unknown = names.Except(["mvc", "ef", "auth", "search", "text"]).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Unknown parts: {string.Join(", ", unknown)}");
        }

        var parts = new Parts(names.Contains("mvc"), names.Contains("ef"), names.Contains("auth"), names.Contains("search"), names.Contains("text"));
        if ((parts.Auth || parts.Search) && !parts.Ef)
        {
            throw new ArgumentException("auth and search need ef (their stores and items)");
        }

        if (parts.Text && !parts.Mvc)
        {
            throw new ArgumentException("text needs mvc (the page it renders)");
        }

        return parts;
    }
}
