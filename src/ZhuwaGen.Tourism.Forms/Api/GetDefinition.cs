using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ZhuwaGen.Tourism.Cms.Publishing;
using ZhuwaGen.Tourism.Forms.Definitions;
using ZhuwaGen.Tourism.Forms.Entries;

namespace ZhuwaGen.Tourism.Forms.Api;

/// <summary>GET definitions/{id}?culture=…: the form in the requested culture; 404 for an unknown form.</summary>
internal static class GetDefinition
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder group) => group.MapGet("/definitions/{id}", HandleAsync);

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> HandleAsync(
        string id, string? culture, HttpContext context, FormRegistry forms, FormsApiAccess access, PublishedSnapshotService snapshots)
    {
        if (await access.RefusalAsync(context, isPost: false) is { } refusal)
        {
            return refusal;
        }

        if (!Guid.TryParse(id, out var key) || forms.Find(key) is not { } form)
        {
            return FormsProblems.FormNotFound();
        }

        var snapshot = snapshots.Current;
        var messages = new FormMessages(forms.Current, FormsCulture.Resolve(context, snapshot, culture), snapshot.DefaultCulture);
        JsonNode json = DefinitionJson.Write(form, messages, snapshot);
        return TypedResults.Text(json.ToJsonString(), "application/json; charset=utf-8");
    }
}
