using ZhuwaGen.Tourism.Web.Backoffice.Lists;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Pickers;

/// <summary>A picker screen: the item and property it picks for, the search, and the cards to choose from.</summary>
public sealed class PickerPage : ShellPage
{
    public required PickerText Strings { get; init; }

    public required string ItemTitle { get; init; }

    public required string BackUrl { get; init; }

    public required string Action { get; init; }

    public required string Culture { get; init; }

    public int Revision { get; init; }

    public string? Search { get; init; }

    public string? Problem { get; init; }

    public bool Photos { get; init; }

    public IReadOnlyList<ContentCard> Documents { get; init; } = [];

    public IReadOnlyList<PhotoChoice> PhotoChoices { get; init; } = [];

    public IReadOnlySet<Guid> AlreadyPicked { get; init; } = new HashSet<Guid>();

    /// <summary>The data type's limit is reached: remove one on the edit screen first.</summary>
    public bool Full { get; init; }

    public IReadOnlyDictionary<string, string> TypeNames { get; init; } = new Dictionary<string, string>();
}
