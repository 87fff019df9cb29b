using ZhuwaGen.Tourism.Cms.Persistence.Entities;

namespace ZhuwaGen.Tourism.Cms.Webhooks;

/// <summary>
/// A webhook input checked and normalized: event aliases spelled as Umbraco spells them, the type filter as keys, no
/// duplicates, blank name and description as none.
/// </summary>
internal sealed record ValidWebhookInput(
    WebhookOperationStatus Status,
    string? Detail = null,
    string Url = "",
    IReadOnlyList<string>? Events = null,
    IReadOnlyList<Guid>? ContentTypeKeys = null,
    IReadOnlyDictionary<string, string>? Headers = null,
    string? Name = null,
    string? Description = null);

internal static class WebhookInputValidator
{
    // Headers the sender sets itself; a custom header must not replace them (a forged signature or event).
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "Content-Type", "Content-Length", "Host", "User-Agent", "Transfer-Encoding",
        WebhookSignature.EventHeader, WebhookSignature.RetryCountHeader, WebhookSignature.SignatureHeader, WebhookSignature.TimestampHeader,
    };

    /// <summary>
    /// Checks the input. A url with a literal internal address or localhost is refused here, unless
    /// <paramref name="allowPrivateTargets"/>; a name is checked when it is resolved, at every send.
    /// </summary>
    public static ValidWebhookInput Validate(WebhookInput input, bool allowPrivateTargets, WebhookContentTypes types)
    {
        var webhookName = string.IsNullOrWhiteSpace(input.Name) ? null : input.Name.Trim();
        if (webhookName?.Length > WebhookEntity.MaxNameLength)
        {
            return new(WebhookOperationStatus.InvalidName, $"The name can be at most {WebhookEntity.MaxNameLength} characters.");
        }

        var description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
        if (description?.Length > WebhookEntity.MaxDescriptionLength)
        {
            return new(
                WebhookOperationStatus.InvalidDescription,
                $"The description can be at most {WebhookEntity.MaxDescriptionLength} characters.");
        }

        if (!Uri.TryCreate(input.Url?.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return new(WebhookOperationStatus.InvalidUrl, "The url must be an absolute http or https URL.");
        }

        if (WebhookTargetPolicy.Refusal(uri, allowPrivateTargets) is { } refusal)
        {
            return new(WebhookOperationStatus.InvalidUrl, refusal);
        }

        if (input.Events is null || input.Events.Count == 0)
        {
            return new(WebhookOperationStatus.NoEvents, "At least one event is required.");
        }

        var events = new List<string>();
        foreach (var alias in input.Events)
        {
            var known = WebhookEvents.Normalize(alias);
            if (known is null)
            {
                return new(WebhookOperationStatus.UnknownEvent, $"Unknown event '{alias}'. Supported: {string.Join(", ", WebhookEvents.Supported)}.");
            }

            if (!events.Contains(known))
            {
                events.Add(known);
            }
        }

        var contentTypes = new List<Guid>();
        foreach (var key in input.ContentTypeKeys ?? [])
        {
            if (types.AliasOf(key) is null)
            {
                return new(WebhookOperationStatus.InvalidContentTypeKey, $"No content or media type has the key '{key}'.");
            }

            contentTypes.Add(key);
        }

        foreach (var alias in (input.ContentTypeAliases ?? []).Where(a => !string.IsNullOrWhiteSpace(a)))
        {
            if (types.KeyOf(alias.Trim()) is not { } key)
            {
                return new(WebhookOperationStatus.InvalidContentTypeAlias, $"No content or media type has the alias '{alias.Trim()}'.");
            }

            contentTypes.Add(key);
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in input.Headers ?? new Dictionary<string, string>())
        {
            if (string.IsNullOrWhiteSpace(name) || !name.All(IsTokenChar) || Reserved.Contains(name)
                || value is null || value.Any(c => c is '\r' or '\n' or '\0'))
            {
                return new(WebhookOperationStatus.InvalidHeader, $"The header '{name}' is not allowed or not valid.");
            }

            headers[name] = value;
        }

        return new(WebhookOperationStatus.Success, null, uri.AbsoluteUri, events, contentTypes.Distinct().ToList(), headers, webhookName, description);
    }

    // RFC 9110 token characters.
    private static bool IsTokenChar(char c) => char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~".Contains(c);
}
