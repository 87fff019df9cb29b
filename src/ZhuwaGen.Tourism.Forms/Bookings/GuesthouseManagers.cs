using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Cms.Users;

namespace ZhuwaGen.Tourism.Forms.Bookings;

/// <summary>
/// Who manages a guesthouse: every enabled owner account bound to it, directly or through a start node above it (the
/// stays list binds every guesthouse under it) — the same people whose inbox shows its bookings, so each one told of a
/// request can answer it.
/// </summary>
public sealed class GuesthouseManagers(UserStartNodes startNodes, PublishedContentReader content)
{
    public async Task<IReadOnlyList<string>> EmailsAsync(Guid guesthouse, CancellationToken cancellationToken)
    {
        if (content.Current.ByKey(guesthouse) is not { } item)
        {
            return [];
        }

        var selfAndAncestors = item.Ancestors().Select(a => a.Key).Prepend(item.Key).ToList();
        return (await startNodes.BoundAtAsync(selfAndAncestors, UserRoles.GuesthouseOwner, cancellationToken)).Select(u => u.Email).ToList();
    }
}
