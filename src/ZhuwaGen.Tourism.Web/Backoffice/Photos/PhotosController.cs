using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Photos;

/// <summary>
/// The photo library as cards (folders first, then photos with a small thumbnail), searchable by name. Uploading from
/// the phone's camera comes with the next increment; the Management API already accepts uploads.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[Authorize(AuthenticationSchemes = BackOfficeSchemes.Cookie, Roles = BackofficeUser.ContentRoles)]
public sealed class PhotosController(PublishedMediaCache media, IOptions<MediaOptions> options) : Controller
{
    [HttpGet("/umbraco/photos")]
    public IActionResult Show([FromQuery(Name = "q")] string? search)
    {
        var text = ShellContext.Text(HttpContext);
        var snapshot = media.Current;
        var width = options.Value.EffectiveWidths.DefaultIfEmpty(160).Min();
        var items = new List<PhotoCard>();
        Walk(null);
        void Walk(Guid? parent)
        {
            foreach (var item in snapshot.ChildrenOf(parent))
            {
                if (string.IsNullOrWhiteSpace(search) || item.Name.Contains(search.Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    var thumbnail = item.Url is not null && item.Width is not null
                        ? $"{item.Url}?width={width.ToString(CultureInfo.InvariantCulture)}"
                        : null;
                    items.Add(new PhotoCard(item.Name, item.Path, thumbnail, item.Width, item.Height));
                }

                Walk(item.Key);
            }
        }

        Response.Headers.CacheControl = "no-store";
        return View("~/Backoffice/Photos/Photos.cshtml", new PhotosPage
        {
            Text = text,
            Title = text[Section.Photos.TextKey],
            CurrentTab = Section.Photos,
            Tabs = Section.For(User),
            Search = search,
            Photos = items,
        });
    }
}

public sealed record PhotoCard(string Name, string Path, string? Thumbnail, int? Width, int? Height);

public sealed class PhotosPage : ShellPage
{
    public string? Search { get; init; }

    public required IReadOnlyList<PhotoCard> Photos { get; init; }
}
