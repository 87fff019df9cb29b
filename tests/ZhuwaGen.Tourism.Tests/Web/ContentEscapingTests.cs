using System.Net;
using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Publishing;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Web;

/// <summary>Whatever an editor types, a page shows it as text: no markup from content reaches the browser.</summary>
public sealed class ContentEscapingTests
{
    private static readonly Guid Site = Guid.Parse("bf4b90cb-3ca1-4222-bfab-4bcc41af4357");

    [Theory, BothProviders]
    public async Task Page_html_escapes_script_in_names_and_text(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var site = new SiteFactory(database).Start();
        await site.WithScopeAsync<DocumentService>(async documents =>
        {
            var created = await documents.CreateAsync(
                new DocumentCreate(
                    "page",
                    Site,
                    new Dictionary<string, string> { ["zh-Hans"] = "<script>alert('name')</script>" },
                    [
                        new PropertyValue("summary", "zh-Hans", new JValue("<script>alert('summary')</script>")),
                        new PropertyValue("body", "zh-Hans", new JValue("<script>alert('body')</script>\n\n<img src=x onerror=alert(1)>")),
                        new PropertyValue("umbracoUrlName", "zh-Hans", new JValue("script-probe")),
                    ],
                    Guid.NewGuid()),
                "editor",
                default);
            Assert.True(created.Succeeded, string.Join("; ", created.Errors?.Select(e => e.ToString()) ?? [created.Status.ToString()]));
            await site.WithScopeAsync<PublishingService>(async publishing =>
                Assert.True((await publishing.PublishAsync(created.Document!.Key, ["zh-Hans"], "editor", default)).Succeeded));
        });

        using var client = site.CreateClient();
        using var response = await client.GetAsync("/script-probe/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>&lt;script&gt;alert(&#x27;name&#x27;)&lt;/script&gt;</h1>", html);
        Assert.False(PublicSite.SiteHttp.HasInlineScript(html), html);
        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
    }
}
