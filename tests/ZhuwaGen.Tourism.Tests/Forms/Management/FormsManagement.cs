using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Management;

namespace ZhuwaGen.Tourism.Tests.Forms.Management;

/// <summary>Paths, clients and bodies for the forms' Management API.</summary>
public static class FormsManagement
{
    public const string FormsApi = "/umbraco/management/api/v1/forms";

    public static Task<HttpClient> EditorAsync(FormsSite site) => ManagementClients.BearerClientAsync(site.Site, UserRoles.Editor);

    public static async Task<JsonObject> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    public static Task<HttpResponseMessage> SendJsonAsync(HttpClient client, HttpMethod method, string path, JsonNode? body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, path)
        {
            Content = body is null ? null : new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }

    /// <summary>A small form with its own approve and reject mail, the ids left for the server to make.</summary>
    public static JsonObject ContactForm(string name) => JsonNode.Parse($$"""
        {
          "name": "{{name}}",
          "messageOnSubmit": { "en": "Thank you", "zh-Hans": "谢谢" },
          "pages": [ { "fieldsets": [ { "columns": [ { "width": 12, "fields": [
            { "alias": "name", "type": "shortAnswer", "required": true, "caption": { "en": "Your name" } },
            { "alias": "email", "type": "email", "required": true, "caption": { "en": "Email" } },
            { "alias": "topic", "type": "dropdown", "caption": { "en": "Topic" },
              "preValues": [ { "value": "stay", "caption": { "en": "A stay" } }, { "value": "other" } ] },
            { "alias": "consent", "type": "dataConsent", "required": true, "caption": { "en": "Use of my details" }, "helpText": { "en": "I agree." } }
          ] } ] } ] } ],
          "workflows": [
            { "name": "Approved mail", "stage": "OnApprove", "kind": "SendEmail", "settings": { "to": "[#email]", "subject": "Yes" } },
            { "name": "Rejected mail", "stage": "OnReject", "kind": "SendEmail", "settings": { "to": "[#email]", "subject": "No" } }
          ]
        }
        """)!.AsObject();

    public static object ContactEntry(string name = "Ada Visitor") => new
    {
        values = new Dictionary<string, object> { ["name"] = name, ["email"] = "ada@example.org", ["topic"] = "stay", ["consent"] = "on" },
        culture = "en",
    };

    /// <summary>Creates <paramref name="form"/>; returns its id.</summary>
    public static async Task<Guid> CreateAsync(HttpClient client, JsonObject form)
    {
        using var response = await client.PostAsJsonAsync(FormsApi, form);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, $"create: {(int)response.StatusCode} {text}");
        return Guid.Parse(JsonNode.Parse(text)!["id"]!.GetValue<string>());
    }

    /// <summary>Posts an entry through the Forms API and returns its id.</summary>
    public static async Task<Guid> SubmitAsync(FormsSite site, Guid form, object body)
    {
        var key = Guid.NewGuid().ToString("N");
        using var response = await site.PostEntryAsync(form, body, idempotencyKey: key);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return await site.WithFormsDbAsync(db => db.Entries.Where(e => e.FormId == form && e.IdempotencyKey == key).Select(e => e.Id).SingleAsync());
    }
}
