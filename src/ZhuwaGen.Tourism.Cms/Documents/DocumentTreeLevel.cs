namespace ZhuwaGen.Tourism.Cms.Documents;

/// <summary>One page of a level of the content tree: the level's size and the page's items, in sort order.</summary>
public sealed record DocumentTreeLevel(int Total, IReadOnlyList<DocumentTreeNode> Items);

/// <summary>What a tree item shows of a document: no values, no draft, only its place and its names.</summary>
public sealed record DocumentTreeNode(
    Guid Key,
    Guid? ParentKey,
    string ContentTypeAlias,
    int SortOrder,
    bool Trashed,
    bool HasChildren,
    IReadOnlyList<DocumentTreeCulture> Cultures);

public sealed record DocumentTreeCulture(string Culture, string Name, bool IsPublished, bool Edited);
