using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.History;

/// <summary>An item's versions, newest first, as cards.</summary>
public sealed class HistoryPage : ShellPage
{
    public required Guid Key { get; init; }

    public required IReadOnlyList<VersionCard> Versions { get; init; }
}

/// <summary>One version: when (Asia/Shanghai), who, and whether it is the draft, the live version or an older one.</summary>
public sealed record VersionCard(int Id, string When, string Who, string Status, string Url);

/// <summary>One older version against the current draft, with the rollback form.</summary>
public sealed class VersionPage : ShellPage
{
    public required Guid Key { get; init; }

    public required VersionCard Version { get; init; }

    public required IReadOnlyList<FieldDiff> Differences { get; init; }

    public required bool IsCurrentDraft { get; init; }

    public required bool CanRollBack { get; init; }

    /// <summary>The languages this version differs in (and has), each of which can be rolled back on its own.</summary>
    public IReadOnlyList<string> RollbackCultures { get; init; } = [];

    public string? Problem { get; init; }
}
