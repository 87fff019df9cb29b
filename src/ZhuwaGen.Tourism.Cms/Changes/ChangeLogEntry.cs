using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.Notifications;

namespace ZhuwaGen.Tourism.Cms.Changes;

/// <summary>
/// One entry of the change log: a committed content change or media change, in commit order, and the published routes
/// the change may have replaced (<see cref="PreviousRoute.Capture"/>).
/// </summary>
public sealed record ChangeLogEntry(
    long Id, ContentChange? Content, MediaChange? Media, DateTime CreateDate, IReadOnlyList<PreviousRoute>? PreviousRoutes = null);
