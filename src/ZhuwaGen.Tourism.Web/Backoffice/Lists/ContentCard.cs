namespace ZhuwaGen.Tourism.Web.Backoffice.Lists;

/// <summary>One item as a list card shows it: titles in Chinese and English, state per language, the next schedule.</summary>
public sealed record ContentCard(
    Guid Key,
    string ContentTypeAlias,
    string? ChineseName,
    string? EnglishName,
    IReadOnlyList<CultureStatus> Cultures,
    DateTime? NextSchedule,
    DateTime UpdateDate);

/// <summary>A language's state: missing (no version in that language), draft, published, or published with newer changes.</summary>
public sealed record CultureStatus(string Culture, CultureState State);

public enum CultureState
{
    Missing,
    Draft,
    Published,
    PublishedWithChanges,
}
