using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Schema;

namespace ZhuwaGen.Tourism.Cms.Management.Documents;

/// <summary>One level of the content tree as tree items, paged with Umbraco's skip and take.</summary>
internal static class DocumentTree
{
    /// <summary>The page of <paramref name="parentKey"/>'s children (the roots when null); null when the parent is unknown.</summary>
    public static async Task<PagedResponse<DocumentTreeItemResponseModel>?> LevelAsync(
        Guid? parentKey, int skip, int take, DocumentQueries queries, SchemaRegistry schemas, CancellationToken cancellationToken)
    {
        var level = await queries.GetTreeLevelAsync(parentKey, Math.Max(skip, 0), Math.Clamp(take, 0, 1000), cancellationToken);
        if (level is null)
        {
            return null;
        }

        var schema = schemas.Current;
        var items = level.Items.Select(c => new DocumentTreeItemResponseModel(
            c.Key,
            c.ParentKey is { } parent ? new ReferenceByIdModel(parent) : null,
            c.HasChildren,
            c.Trashed,
            c.SortOrder,
            DocumentMapping.TypeReference(schema, c.ContentTypeAlias),
            c.Cultures.Select(v => new DocumentTreeVariantModel(
                schema.FindContentType(c.ContentTypeAlias)?.VariesByCulture == false ? null : v.Culture, v.Name, DocumentMapping.State(v.IsPublished, v.Edited))).ToList()))
            .ToList();
        return new PagedResponse<DocumentTreeItemResponseModel>(level.Total, items);
    }
}
