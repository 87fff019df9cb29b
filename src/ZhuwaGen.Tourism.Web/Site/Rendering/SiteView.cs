using ZhuwaGen.Tourism.Cms.PublishedContent;

namespace ZhuwaGen.Tourism.Web.Site.Rendering;

/// <summary>
/// The view of one document type: Umbraco's convention, a Razor view named after the type's alias
/// (<c>Site/Stops/routeStop.cshtml</c>), with the typed model its builder makes from the published item.
/// </summary>
public sealed record SiteView(string ContentTypeAlias, string ViewPath, Func<SiteRequest, PublishedItem, object> Build);
