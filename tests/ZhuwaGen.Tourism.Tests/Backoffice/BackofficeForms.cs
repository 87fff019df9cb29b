using System.Net;
using System.Text.RegularExpressions;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Management;

namespace ZhuwaGen.Tourism.Tests.Backoffice;

/// <summary>
/// A back-office screen's form as a browser would post it: every input, checked box and text area with its value,
/// read from the HTML, changed by name, posted back with the antiforgery field it carried.
/// </summary>
public sealed partial class BackofficeForm
{
    private readonly List<KeyValuePair<string, string>> _fields;

    private BackofficeForm(string action, List<KeyValuePair<string, string>> fields)
    {
        Action = action;
        _fields = fields;
    }

    public string Action { get; }

    /// <summary>The form with id <paramref name="id"/> in <paramref name="html"/>.</summary>
    public static BackofficeForm Read(string html, string id = "edit")
    {
        var start = html.IndexOf($"<form id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no form #{id} in the page");
        var form = html[start..html.IndexOf("</form>", start, StringComparison.Ordinal)];
        var action = Attributes(form[5..form.IndexOf('>')])["action"];
        var fields = new List<KeyValuePair<string, string>>();
        foreach (Match input in Input().Matches(form))
        {
            var attributes = Attributes(input.Groups["a"].Value);
            if (!attributes.TryGetValue("name", out var name)
                || (attributes.GetValueOrDefault("type") is "checkbox" or "radio" && !attributes.ContainsKey("checked")))
            {
                continue;
            }

            fields.Add(new(name, attributes.GetValueOrDefault("value") ?? string.Empty));
        }

        foreach (Match area in TextArea().Matches(form))
        {
            fields.Add(new(Attributes(area.Groups["a"].Value)["name"], WebUtility.HtmlDecode(area.Groups["v"].Value)));
        }

        // A select posts its selected options, as a browser does (the notice's kind and severity are dropdowns).
        foreach (Match select in Select().Matches(form))
        {
            var name = Attributes(select.Groups["a"].Value)["name"];
            foreach (Match option in Option().Matches(select.Groups["o"].Value))
            {
                var attributes = Attributes(option.Groups["a"].Value);
                if (attributes.ContainsKey("selected"))
                {
                    fields.Add(new(name, attributes.GetValueOrDefault("value") ?? string.Empty));
                }
            }
        }

        return new BackofficeForm(action, fields);
    }

    public string? this[string name] => _fields.LastOrDefault(f => f.Key == name).Value;

    public BackofficeForm Set(string name, string value)
    {
        _fields.RemoveAll(f => f.Key == name);
        _fields.Add(new(name, value));
        return this;
    }

    /// <summary>One more value under <paramref name="name"/>, as a second ticked box or date picker posts it.</summary>
    public BackofficeForm Add(string name, string value)
    {
        _fields.Add(new(name, value));
        return this;
    }

    public BackofficeForm Without(string name)
    {
        _fields.RemoveAll(f => f.Key == name);
        return this;
    }

    public Task<HttpResponseMessage> PostAsync(HttpClient client, string? intent = "save") => client.PostAsync(Action, Content(intent));

    /// <summary>The fields as a browser posts them, for a button with its own <c>formaction</c>.</summary>
    public FormUrlEncodedContent Content(string? intent = null) =>
        new(intent is null ? _fields : _fields.Append(new("intent", intent)));

    private static Dictionary<string, string> Attributes(string text) =>
        Attribute().Matches(" " + text).ToDictionary(m => m.Groups["n"].Value, m => WebUtility.HtmlDecode(m.Groups["v"].Value));

    [GeneratedRegex("<input (?<a>[^>]*)>")]
    private static partial Regex Input();

    [GeneratedRegex("<textarea (?<a>[^>]*)>(?<v>.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextArea();

    [GeneratedRegex("<select (?<a>[^>]*)>(?<o>.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex Select();

    [GeneratedRegex("<option (?<a>[^>]*)>")]
    private static partial Regex Option();

    [GeneratedRegex("\\s(?<n>[a-z-]+)(=\"(?<v>[^\"]*)\")?")]
    private static partial Regex Attribute();
}

/// <summary>Signed-in clients and the seeded stop every test edits.</summary>
public static partial class BackofficeClients
{
    public const string XueniSearch = "Xueni";

    public static async Task<HttpClient> AsAsync(SiteFactory site, string role) =>
        await ManagementClients.SignInAsync(site, await ManagementClients.CreateUserAsync(site, role));

    /// <summary>A client signed in with the Chinese interface chosen on the sign-in form.</summary>
    public static async Task<HttpClient> InChineseAsync(SiteFactory site, string role)
    {
        var email = await ManagementClients.CreateUserAsync(site, role);
        var client = ManagementClients.NewClient(site);
        var signInForm = await ManagementClients.SignInFormAsync(client, email, ManagementClients.Password);
        var fields = (await signInForm.ReadAsStringAsync()).Split('&').Select(p => p.Split('='))
            .Select(p => new KeyValuePair<string, string>(Uri.UnescapeDataString(p[0]), Uri.UnescapeDataString(p[1].Replace('+', ' '))));
        using var signIn = await client.PostAsync("/umbraco/login", new FormUrlEncodedContent(fields.Append(new("ui", "zh-Hans"))));
        Assert.Equal("/umbraco", signIn.Headers.Location?.OriginalString);
        return client;
    }

    /// <summary>The edit screen's path of the seeded Xueni stop, found as an editor would: by searching the stops tab.</summary>
    public static async Task<string> XueniAsync(HttpClient client)
    {
        var list = await client.GetStringAsync("/umbraco/stops?q=" + XueniSearch);
        var match = EditLink().Match(list);
        Assert.True(match.Success, "the stops list has no Xueni card");
        return match.Value;
    }

    [GeneratedRegex("/umbraco/content/[0-9a-f-]{36}")]
    private static partial Regex EditLink();
}
