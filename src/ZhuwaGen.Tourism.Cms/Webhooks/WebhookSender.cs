using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;

namespace ZhuwaGen.Tourism.Cms.Webhooks;

/// <summary>
/// What one attempt got back: a status code and the start of the body, or the error that stopped it. A refused attempt
/// (a target the policy does not allow) was never sent and is not retried.
/// </summary>
internal sealed record WebhookAttempt(int? StatusCode, string? ResponseBody, string? Error, bool Refused = false)
{
    public static WebhookAttempt Refusal(string reason) => new(null, null, "Refused: " + reason, Refused: true);

    public bool IsSuccess => StatusCode is >= 200 and < 300;
}

/// <summary>Sends one webhook request: POST, signed, with the event, retry count and the webhook's own headers.</summary>
internal sealed class WebhookSender(IHttpClientFactory clients, IOptions<WebhookOptions> options, TimeProvider clock)
{
    public const string ClientName = "ZhuwaGen.Webhooks";

    /// <summary>The start of a receiver's answer kept in the delivery log: enough to see an error, too little to read a page through it.</summary>
    public const int MaxLoggedResponseBytes = 1024;

    /// <summary>"ZhuwaGen-Tourism/&lt;version&gt; (Umbraco-compatible)": says what it is, and never claims to be Umbraco.</summary>
    public static string UserAgent { get; } = $"ZhuwaGen-Tourism/{Version()} (Umbraco-compatible)";

    public async Task<WebhookAttempt> SendAsync(WebhookEntity webhook, WebhookRequestEntity request, CancellationToken cancellationToken)
    {
        // Checked here for literal addresses and names like localhost; a name is checked again, address by address,
        // when the connector resolves it.
        if (!Uri.TryCreate(webhook.Url, UriKind.Absolute, out var target))
        {
            return WebhookAttempt.Refusal($"The url '{webhook.Url}' is not an absolute URL.");
        }

        if (WebhookTargetPolicy.Refusal(target, options.Value.AllowPrivateTargets) is { } refusal)
        {
            return WebhookAttempt.Refusal(refusal);
        }

        var body = Encoding.UTF8.GetBytes(request.Payload);
        using var message = new HttpRequestMessage(HttpMethod.Post, target) { Content = new ByteArrayContent(body) };
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        foreach (var (name, value) in WebhookMapping.Headers(webhook))
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        message.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        message.Headers.Add(WebhookSignature.EventHeader, request.EventAlias);
        message.Headers.Add(WebhookSignature.RetryCountHeader, request.RetryCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        message.Headers.Add(WebhookSignature.TimestampHeader, clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        message.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(webhook.Secret, body));

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.RequestTimeout);
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            return new WebhookAttempt((int)response.StatusCode, await ReadStartAsync(response, timeout.Token), null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new WebhookAttempt(null, null, $"No response within {options.Value.RequestTimeout.TotalSeconds:0.###} s.");
        }
        catch (HttpRequestException exception) when (exception.InnerException is WebhookTargetRefusedException refused)
        {
            return WebhookAttempt.Refusal(refused.Message);
        }
        catch (HttpRequestException exception)
        {
            return new WebhookAttempt(null, null, exception.Message);
        }
    }

    private static async Task<string?> ReadStartAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            var buffer = new byte[MaxLoggedResponseBytes];
            var read = 0;
            int chunk;
            while (read < buffer.Length && (chunk = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken)) > 0)
            {
                read += chunk;
            }

            // A character cut at the limit is dropped rather than logged as a replacement character.
            var text = Encoding.UTF8.GetString(buffer, 0, read);
            return read == 0 ? null : read == buffer.Length ? text.TrimEnd('\uFFFD') : text;
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            // The status already says how it went; a body cut short is not worth failing the attempt for.
            return null;
        }
    }

    private static string Version()
    {
        var version = typeof(WebhookSender).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "1.0.0";
        return version.Split('+')[0];
    }
}
