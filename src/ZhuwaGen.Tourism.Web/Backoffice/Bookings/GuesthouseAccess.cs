using System.Security.Claims;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Forms.Bookings;

namespace ZhuwaGen.Tourism.Web.Backoffice.Bookings;

/// <summary>A guesthouse the signed-in person may manage: its name in the interface language and its room types.</summary>
public sealed record ManagedGuesthouse(Guid Key, string Name, IReadOnlyList<BookableRoomType> RoomTypes)
{
    public string RoomTypeName(string resource) => RoomTypes.FirstOrDefault(r => r.Resource == resource)?.Name ?? string.Empty;
}

/// <summary>
/// Which guesthouses a person sees in the inbox: an owner, the guesthouse documents among their document start nodes
/// and under them (Umbraco's start-node model); an administrator, every published guesthouse. Read on each request,
/// so an unbinding takes effect at once. Anything outside the set is answered 404 by the screens, as if absent.
/// </summary>
public sealed class GuesthouseAccess(UserStartNodes startNodes, PublishedContentReader content)
{
    private const string GuesthouseType = "guesthouse";

    public async Task<IReadOnlyList<ManagedGuesthouse>> ForAsync(ClaimsPrincipal user, string culture, CancellationToken cancellationToken)
    {
        var site = content.Current;
        IEnumerable<PublishedItem> starts;
        if (user.IsInRole(UserRoles.Admin))
        {
            starts = site.Roots;
        }
        else if (user.IsInRole(UserRoles.GuesthouseOwner) && BackOfficePrincipal.KeyOf(user) is { } key)
        {
            starts = (await startNodes.GetAsync(key, cancellationToken)).Select(site.ByKey).OfType<PublishedItem>();
        }
        else
        {
            return [];
        }

        var found = new List<ManagedGuesthouse>();
        var seen = new HashSet<Guid>();
        foreach (var item in starts.SelectMany(SelfAndDescendants))
        {
            if (item.ContentTypeAlias == GuesthouseType && seen.Add(item.Key))
            {
                var target = BookableTarget.Read(content, item.Key, culture);
                found.Add(new ManagedGuesthouse(item.Key, item.Name(culture) ?? item.Key.ToString("D"), target?.RoomTypes ?? []));
            }
        }

        return found;
    }

    public async Task<ManagedGuesthouse?> FindAsync(ClaimsPrincipal user, Guid guesthouse, string culture, CancellationToken cancellationToken) =>
        (await ForAsync(user, culture, cancellationToken)).FirstOrDefault(g => g.Key == guesthouse);

    private static IEnumerable<PublishedItem> SelfAndDescendants(PublishedItem item)
    {
        var stack = new Stack<PublishedItem>([item]);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            yield return current;
            foreach (var child in current.Children())
            {
                stack.Push(child);
            }
        }
    }
}
