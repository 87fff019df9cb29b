using ZhuwaGen.Tourism.Cms.Webhooks;

namespace ZhuwaGen.Tourism.Web.Backoffice.Admin.Webhooks;

/// <summary>
/// The webhook form as posted: check boxes for events and types, a toggle, and headers one per line ("Name: value"),
/// which a phone types more easily than pairs of inputs.
/// </summary>
public sealed class WebhookForm
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? Url { get; set; }

    public List<string> Events { get; set; } = [];

    public List<string> Types { get; set; } = [];

    public bool Enabled { get; set; }

    public string? Headers { get; set; }

    public static WebhookForm From(WebhookView view) => new()
    {
        Name = view.Name,
        Description = view.Description,
        Url = view.Url,
        Events = [.. view.Events],
        Types = [.. view.ContentTypeAliases],
        Enabled = view.Enabled,
        Headers = string.Join('\n', view.Headers.Select(h => $"{h.Key}: {h.Value}")),
    };

    /// <summary>The input for <see cref="WebhookService"/>, or null when a header line has no colon.</summary>
    public WebhookInput? ToInput()
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in (Headers ?? string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                return null;
            }

            headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        return new WebhookInput(Url ?? string.Empty, Events, Types, headers, Enabled, Name, Description);
    }
}
