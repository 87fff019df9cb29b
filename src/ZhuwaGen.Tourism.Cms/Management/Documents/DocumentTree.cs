using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Schema;

namespace ZhuwaGen.Tourism.Cms.Management.Documents;

/// <summary>One level of the content tree as tree items, paged with Umbraco's skip and take.</summary>
internal static class DocumentTree
{
    public static async Task<PagedResponse<DocumentTreeItemResponseModel>> LevelAsync(
        Guid? parentKey, int skip, int take, DocumentQueries queries, CmsDbContext db, SchemaRegistry schemas, CancellationToken cancellationToken)
    {
        var schema = schemas.Current;
        var children = await queries.GetChildrenAsync(parentKey, cancellationToken);
        var page = children.Skip(Math.Max(skip, 0)).Take(Math.Clamp(take, 0, 1000)).ToList();
        var keys = page.Select(c => c.Key).ToList();
        var withChildren = await db.Documents.AsNoTracking()
            .Where(p => keys.Contains(p.Key) && db.Documents.Any(c => c.ParentId == p.Id && !c.Trashed))
            .Select(p => p.Key)
            .ToListAsync(cancellationToken);
        var items = page.Select(c => new DocumentTreeItemResponseModel(
            c.Key,
            c.ParentKey is { } parent ? new ReferenceByIdModel(parent) : null,
            withChildren.Contains(c.Key),
            c.Trashed,
            c.SortOrder,
            DocumentMapping.TypeReference(schema, c.ContentTypeAlias),
            c.Cultures.Select(v => new DocumentTreeVariantModel(
                schema.FindContentType(c.ContentTypeAlias)?.VariesByCulture == false ? null : v.Culture, v.Name, DocumentMapping.State(v))).ToList()))
            .ToList();
        return new PagedResponse<DocumentTreeItemResponseModel>(children.Count, items);
    }
}
