namespace ZhuwaGen.Tourism.Cms.PublishedContent.Querying;

/// <summary>One condition of a <see cref="PublishedQuery"/>; every filter of a query must hold (AND).</summary>
public abstract record QueryFilter;

/// <summary>The item's type is one of <paramref name="Aliases"/> (or, with <paramref name="Include"/> false, none of them).</summary>
public sealed record ContentTypeFilter(IReadOnlyList<string> Aliases, bool Include = true) : QueryFilter;

/// <summary>The name shown in the query culture contains <paramref name="Text"/>, ignoring case (or does not).</summary>
public sealed record NameFilter(string Text, bool Include = true) : QueryFilter;

public enum ItemDate
{
    CreateDate,
    UpdateDate,
}

/// <summary>The item's create or update date compared with <paramref name="Operand"/> (a UTC instant).</summary>
public sealed record DateFilter(ItemDate Date, FilterOperator Operator, DateTimeOffset Operand) : QueryFilter;

/// <summary>Full-text match in the query culture (the search index); results are also ranked by relevance.</summary>
public sealed record TextFilter(string Text) : QueryFilter;

/// <summary>
/// A custom property compared as its editor's <see cref="PropertyEditors.FieldKind"/> says. The operand is a typed
/// value (<c>DateTimeOffset</c>, <c>DateTime</c>, a number, <c>bool</c>, a string or strings for text, tags and
/// choices: any of them) or a string in the Delivery grammar's form, read as each item's kind needs. An item without
/// the property, or whose kind cannot compare with the operand, does not match.
/// </summary>
public sealed record FieldFilter(string Alias, FilterOperator Operator, object Operand) : QueryFilter;
