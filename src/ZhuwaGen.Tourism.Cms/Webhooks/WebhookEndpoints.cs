using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ZhuwaGen.Tourism.Cms.Management;
using ZhuwaGen.Tourism.Cms.Management.Problems;
using ZhuwaGen.Tourism.Cms.Management.Security;

namespace ZhuwaGen.Tourism.Cms.Webhooks;

public sealed record WebhookListResponse(long Total, IReadOnlyList<WebhookView> Items);

/// <summary>A webhook with its secret, answered only by create and rotate: the one time the secret is shown.</summary>
public sealed record WebhookSecretResponse(
    Guid Id, string? Name, string? Description, string Url, IReadOnlyList<string> Events, IReadOnlyList<Guid> ContentTypeKeys,
    IReadOnlyList<string> ContentTypeAliases, IReadOnlyDictionary<string, string> Headers, bool Enabled, DateTime CreateDate, string Secret)
{
    public static WebhookSecretResponse From(WebhookView view, string secret) =>
        new(view.Id, view.Name, view.Description, view.Url, view.Events, view.ContentTypeKeys, view.ContentTypeAliases,
            view.Headers, view.Enabled, view.CreateDate, secret);
}

// Properties rather than a positional record: the request delegate generator cannot bind nullable constructor parameters.
public sealed record WebhookLogQuery
{
    public int? Skip { get; init; }

    public int? Take { get; init; }
}

/// <summary>The Management API's webhook endpoints; administrators only.</summary>
public static class WebhookEndpoints
{
    public const string Path = ManagementApiRoutes.Base + "/webhook";

    public static IEndpointRouteBuilder MapWebhooks(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Path).RequireAuthorization(AuthorizationPolicies.Admin).WithTags("Webhook").AddEndpointFilter<XsrfProtection.Filter>().AddEndpointFilter<PagingFilter>();
        group.MapGet("", ListAsync);
        group.MapPost("", CreateAsync);
        group.MapGet("{id:guid}", GetAsync);
        group.MapPut("{id:guid}", UpdateAsync);
        group.MapDelete("{id:guid}", DeleteAsync);
        group.MapPost("{id:guid}/rotate-secret", RotateSecretAsync);
        group.MapGet("{id:guid}/logs", LogsAsync);
        group.MapPost("logs/{logId:guid}/replay", ReplayAsync);
        return app;
    }

    private static async Task<Ok<WebhookListResponse>> ListAsync(WebhookService service, CancellationToken ct)
    {
        var all = await service.ListAsync(ct);
        return TypedResults.Ok(new WebhookListResponse(all.Count, all));
    }

    private static async Task<Results<Created<WebhookSecretResponse>, ProblemHttpResult>> CreateAsync(
        WebhookInput input, WebhookService service, CancellationToken ct)
    {
        var result = await service.CreateAsync(input, ct);
        return result.Succeeded
            ? TypedResults.Created($"{Path}/{result.Webhook!.Id}", WebhookSecretResponse.From(result.Webhook, result.Secret!))
            : Problem(result.Status, result.Detail);
    }

    private static async Task<Results<Ok<WebhookView>, NotFound>> GetAsync(Guid id, WebhookService service, CancellationToken ct) =>
        await service.GetAsync(id, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    private static async Task<Results<Ok<WebhookView>, ProblemHttpResult>> UpdateAsync(
        Guid id, WebhookInput input, WebhookService service, CancellationToken ct)
    {
        var result = await service.UpdateAsync(id, input, ct);
        return result.Succeeded ? TypedResults.Ok(result.Webhook!) : Problem(result.Status, result.Detail);
    }

    private static async Task<Results<Ok, ProblemHttpResult>> DeleteAsync(Guid id, WebhookService service, CancellationToken ct)
    {
        var status = await service.DeleteAsync(id, ct);
        return status == WebhookOperationStatus.Success ? TypedResults.Ok() : Problem(status, null);
    }

    private static async Task<Results<Ok<WebhookSecretResponse>, ProblemHttpResult>> RotateSecretAsync(
        Guid id, WebhookService service, CancellationToken ct)
    {
        var result = await service.RotateSecretAsync(id, ct);
        return result.Succeeded ? TypedResults.Ok(WebhookSecretResponse.From(result.Webhook!, result.Secret!)) : Problem(result.Status, result.Detail);
    }

    private static async Task<Results<Ok<WebhookLogPage>, NotFound>> LogsAsync(
        Guid id, [AsParameters] WebhookLogQuery query, WebhookLogQueries logs, CancellationToken ct) =>
        await logs.ListAsync(id, query.Skip ?? 0, query.Take ?? 10, ct) is { } page ? TypedResults.Ok(page) : TypedResults.NotFound();

    private static async Task<Results<Accepted, ProblemHttpResult>> ReplayAsync(Guid logId, WebhookOutbox outbox, CancellationToken ct)
    {
        var status = await outbox.ReplayAsync(logId, ct);
        return status == WebhookOperationStatus.Success ? TypedResults.Accepted((string?)null) : Problem(status, null);
    }

    /// <summary>The one place a webhook status becomes an HTTP answer.</summary>
    internal static ProblemHttpResult Problem(WebhookOperationStatus status, string? detail) => status switch
    {
        WebhookOperationStatus.NotFound => TypedResults.Problem(detail ?? "The webhook or log entry does not exist.", statusCode: 404, title: "Not found"),
        WebhookOperationStatus.InvalidUrl => TypedResults.Problem(detail, statusCode: 400, title: "Invalid URL"),
        WebhookOperationStatus.NoEvents => TypedResults.Problem(detail, statusCode: 400, title: "No events"),
        WebhookOperationStatus.UnknownEvent => TypedResults.Problem(detail, statusCode: 400, title: "Unknown event"),
        WebhookOperationStatus.InvalidHeader => TypedResults.Problem(detail, statusCode: 400, title: "Invalid header"),
        WebhookOperationStatus.InvalidContentTypeAlias => TypedResults.Problem(detail, statusCode: 400, title: "Invalid content type alias"),
        WebhookOperationStatus.InvalidContentTypeKey => TypedResults.Problem(detail, statusCode: 400, title: "Invalid content type key"),
        WebhookOperationStatus.InvalidName => TypedResults.Problem(detail, statusCode: 400, title: "Invalid name"),
        WebhookOperationStatus.InvalidDescription => TypedResults.Problem(detail, statusCode: 400, title: "Invalid description"),
        _ => TypedResults.Problem($"Webhook operation status \"{status}\" was not expected here", statusCode: 500, title: "Unknown webhook operation status"),
    };
}
