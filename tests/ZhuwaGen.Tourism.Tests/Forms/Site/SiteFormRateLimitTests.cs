using System.Net;
using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Forms.Site;

/// <summary>A burst of form posts from one address is answered 429 with a page, in the visitor's language, saying to wait.</summary>
public sealed class SiteFormRateLimitTests
{
    [Theory, BothProviders]
    public async Task A_burst_of_posts_is_answered_429_with_a_page_saying_to_wait(DatabaseProvider provider)
    {
        await using var forms = await FormsSite.StartAsync(provider, new Dictionary<string, string?> { ["Umbraco:Forms:Security:EntriesPerClientPerMinute"] = "3" });
        using var visitor = new SiteFormVisitor(forms.Site);
        await visitor.GetAsync("/en/stays/sangjiu-courtyard/");
        var statuses = new List<HttpStatusCode>();
        string html = string.Empty;
        HttpResponseMessage? last = null;
        for (var i = 0; i < 5; i++)
        {
            // Invalid on purpose (no consent): each post counts against the limit whatever its outcome.
            (var status, html, last) = await visitor.PostAsync("/en/stays/sangjiu-courtyard/", SiteFormVisitor.Stay(Samples.StandardTwin, 170).Where(f => f.Key != "consent"));
            statuses.Add(status);
        }

        Assert.Equal([HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Contains("Please wait", html);
        Assert.Contains("<html lang=\"en\">", html);
        Assert.NotNull(last!.Headers.RetryAfter);
        Assert.Equal(0, await forms.WithFormsDbAsync(db => db.Entries.CountAsync()));

        // Reading pages is not limited by posting.
        var (page, _, _) = await visitor.GetAsync("/en/stays/sangjiu-courtyard/");
        Assert.Equal(HttpStatusCode.OK, page);
    }
}
