using ZhuwaGen.Tourism.Cms.PropertyEditors;
using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Forms.Definitions;

namespace ZhuwaGen.Tourism.Web.Site.Forms;

/// <summary>
/// Which form a page shows: the one its <c>bookingForm</c> forms picker picked, when that form exists. Pages with a
/// form are answered <c>no-store</c> and kept out of the output cache, because the antiforgery token in the form is
/// bound to one visitor's cookie and must never be served to another.
/// </summary>
public sealed class SiteForms(FormRegistry forms)
{
    public const string PropertyAlias = "bookingForm";

    /// <summary>What antiforgery itself sets when it issues a token; <c>SitePageCachePolicy</c> never stores such a page.</summary>
    public const string NoStore = "no-cache, no-store";

    public FormDefinition? PickedOn(PublishedItem item, string culture) =>
        item.Value<PickedForm>(PropertyAlias, culture) is { } picked ? forms.Find(picked.FormId) : null;

    public FormDefinition? Find(Guid formId) => forms.Find(formId);

    public FormSchema Schema => forms.Current;

    public static void MarkPrivate(HttpResponse response)
    {
        response.Headers.CacheControl = NoStore;
        response.Headers.Pragma = "no-cache";
    }

    /// <summary>A fresh idempotency key for a form shown to a visitor: a second post of the same form books once.</summary>
    public static string NewIdempotencyKey() => "site-" + Guid.NewGuid().ToString("N");
}
