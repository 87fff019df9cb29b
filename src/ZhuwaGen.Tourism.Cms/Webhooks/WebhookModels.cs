namespace ZhuwaGen.Tourism.Cms.Webhooks;

/// <summary>
/// What an administrator sends to create or replace a webhook: Umbraco's webhook model (name, description, url, events,
/// contentTypeKeys, headers, enabled) plus <see cref="ContentTypeAliases"/>, a filter by alias for clients that know
/// the types by alias. Both filters together limit the webhook to the union of the types they name.
/// </summary>
public sealed record WebhookInput(
    string Url,
    IReadOnlyList<string> Events,
    IReadOnlyList<string>? ContentTypeAliases = null,
    IReadOnlyDictionary<string, string>? Headers = null,
    bool Enabled = true,
    string? Name = null,
    string? Description = null,
    IReadOnlyList<Guid>? ContentTypeKeys = null);

/// <summary>A webhook as the Management API shows it; the secret is never shown again after create or rotate.</summary>
public sealed record WebhookView(
    Guid Id,
    string? Name,
    string? Description,
    string Url,
    IReadOnlyList<string> Events,
    IReadOnlyList<Guid> ContentTypeKeys,
    IReadOnlyList<string> ContentTypeAliases,
    IReadOnlyDictionary<string, string> Headers,
    bool Enabled,
    DateTime CreateDate);

/// <summary>The outcome of a write; <see cref="Secret"/> is set only by create and rotate.</summary>
public sealed record WebhookResult(WebhookOperationStatus Status, WebhookView? Webhook = null, string? Secret = null, string? Detail = null)
{
    public bool Succeeded => Status == WebhookOperationStatus.Success;
}

/// <summary>One delivery attempt as the delivery log shows it.</summary>
public sealed record WebhookLogView(
    Guid Id,
    Guid WebhookId,
    string EventAlias,
    string Url,
    DateTime Date,
    int RetryCount,
    int? StatusCode,
    bool IsSuccess,
    string RequestBody,
    string? ResponseBody,
    string? Error);

public sealed record WebhookLogPage(long Total, IReadOnlyList<WebhookLogView> Items);
