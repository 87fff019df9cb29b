using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.Notifications;

namespace ZhuwaGen.Tourism.Cms.Changes;

/// <summary>One entry of the change log: a committed content change or media change, in commit order.</summary>
public sealed record ChangeLogEntry(long Id, ContentChange? Content, MediaChange? Media, DateTime CreateDate);
