namespace ZhuwaGen.Tourism.Cms.Webhooks;

/// <summary>A webhook input checked and normalized (event aliases spelled as Umbraco spells them, no duplicates).</summary>
internal sealed record ValidWebhookInput(
    WebhookOperationStatus Status,
    string? Detail = null,
    string Url = "",
    IReadOnlyList<string>? Events = null,
    IReadOnlyList<string>? ContentTypeAliases = null,
    IReadOnlyDictionary<string, string>? Headers = null);

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
    public static ValidWebhookInput Validate(WebhookInput input, bool allowPrivateTargets)
    {
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

        var contentTypes = (input.ContentTypeAliases ?? [])
            .Where(a => !string.IsNullOrWhiteSpace(a))
            .Select(a => a.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (contentTypes.Any(a => a.Contains(',', StringComparison.Ordinal)))
        {
            return new(WebhookOperationStatus.InvalidContentTypeAlias, "A content type alias cannot contain a comma.");
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

        return new(WebhookOperationStatus.Success, null, uri.AbsoluteUri, events, contentTypes, headers);
    }

    // RFC 9110 token characters.
    private static bool IsTokenChar(char c) => char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~".Contains(c);
}
