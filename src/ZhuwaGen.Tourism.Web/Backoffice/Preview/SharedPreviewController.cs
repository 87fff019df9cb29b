using Microsoft.AspNetCore.Mvc;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Previews;
using ZhuwaGen.Tourism.Web.Backoffice.Review;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;
using ZhuwaGen.Tourism.Web.Site.Preview;

namespace ZhuwaGen.Tourism.Web.Backoffice.Preview;

/// <summary>
/// A shared preview link, opened without an account: the item's current draft in the link's culture, read-only (the
/// page holds no form), never cached or indexed. An expired or revoked link answers 410 with a page saying so; an
/// unknown one 404. The token is the only credential, so it is only accepted in the path over GET.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class SharedPreviewController(PreviewLinks links, DocumentQueries queries, DraftPreview preview) : Controller
{
    [HttpGet(ItemReviews.SharedPreviewPrefix + "{token}")]
    public async Task<IActionResult> ShowAsync(string token, CancellationToken cancellationToken)
    {
        var check = await links.CheckAsync(token, cancellationToken);
        if (check is not { Status: PreviewLinkStatus.Valid, Link: { } link }
            || await queries.GetAsync(link.DocumentKey, cancellationToken) is not { Trashed: false } document)
        {
            return preview.Gone(this, check.Link?.Culture, check.Status == PreviewLinkStatus.Valid ? PreviewLinkStatus.Gone : check.Status);
        }

        // The banner is in the link's language, like the page: the township lead reads what the editor wrote.
        var text = ReviewText.Of(new BackofficeText(link.Culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? UiLanguage.English : UiLanguage.Chinese));
        var note = text.Format("SharedPreviewNote", link.CreatedByName, text.Shell.DateTime(ShanghaiTime.FromUtc(link.ExpiresAt)));
        return preview.Render(this, document, link.Culture, note);
    }
}
