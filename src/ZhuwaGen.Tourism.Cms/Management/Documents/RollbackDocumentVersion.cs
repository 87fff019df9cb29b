using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Management.Problems;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Schema;

namespace ZhuwaGen.Tourism.Cms.Management.Documents;

/// <summary>POST /document-version/{id}/rollback?culture=: the version (or one culture of it) becomes the new draft.</summary>
internal static class RollbackDocumentVersion
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapPost("/document-version/{id:int}/rollback", HandleAsync).RequireAuthorization(AuthorizationPolicies.ContentPublish);

    private static async Task<Results<Ok<DocumentResponseModel>, ProblemHttpResult>> HandleAsync(
        int id, string? culture, HttpContext context, CmsDbContext db, DocumentVersionService versions, SchemaRegistry schemas, CancellationToken cancellationToken)
    {
        var documentKey = await db.DocumentVersions.AsNoTracking().Where(v => v.Id == id)
            .Join(db.Documents, v => v.DocumentId, d => d.Id, (v, d) => (Guid?)d.Key)
            .SingleOrDefaultAsync(cancellationToken);
        if (documentKey is not { } key)
        {
            return ContentEditingProblems.For(ContentEditingOperationStatus.InvalidVersion);
        }

        var result = await versions.RollbackAsync(key, id, culture, CurrentUser.NameOf(context.User), cancellationToken);
        return result.Succeeded && result.Document is not null
            ? TypedResults.Ok(DocumentMapping.ToResponse(schemas.Current, result.Document))
            : ContentEditingProblems.For(result.Status, result.Errors);
    }
}
