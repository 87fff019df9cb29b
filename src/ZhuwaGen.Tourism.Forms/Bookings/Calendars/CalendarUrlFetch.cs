using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Webhooks;

namespace ZhuwaGen.Tourism.Forms.Bookings.Calendars;

/// <summary>
/// Reads another channel's calendar from its URL with the same SSRF care as webhooks: http or https only, no user
/// information, never an address inside the site's network (checked on the URL and on every address the name
/// resolves to, by the webhooks' connector, which connects to the address it checked), no redirects, no proxy, a
/// time limit and a size limit. <c>Umbraco:CMS:Webhook:AllowPrivateTargets</c> lifts the address check, as for webhooks.
/// </summary>
public sealed class CalendarUrlFetch(IHttpClientFactory clients, IOptionsMonitor<WebhookOptions> webhooks)
{
    public const string ClientName = "calendar-import";

    /// <summary>The calendar's text, or why it could not be read.</summary>
    public async Task<(string? Text, string? Error)> FetchAsync(string? url, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri))
        {
            return (null, "Not an absolute URL.");
        }

        if (WebhookTargetPolicy.Refusal(uri, webhooks.CurrentValue.AllowPrivateTargets) is { } refusal)
        {
            return (null, refusal);
        }

        try
        {
            using var response = await clients.CreateClient(ClientName).GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return (null, $"The calendar answered {(int)response.StatusCode}.");
            }

            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > CalendarImport.MaxBytes)
                {
                    return (null, "The calendar is larger than 1 MB.");
                }

                buffer.Write(chunk, 0, read);
            }

            return (System.Text.Encoding.UTF8.GetString(buffer.ToArray()), null);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return (null, "The calendar could not be read: " + exception.GetBaseException().Message);
        }
    }
}
