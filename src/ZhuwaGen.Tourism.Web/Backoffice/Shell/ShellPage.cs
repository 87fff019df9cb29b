namespace ZhuwaGen.Tourism.Web.Backoffice.Shell;

/// <summary>What the shell's layout needs from every screen: strings, title, the current tab and the action bar.</summary>
public abstract class ShellPage
{
    public required BackofficeText Text { get; init; }

    public required string Title { get; init; }

    /// <summary>The tab shown as current; null on screens outside the tabs (home, account).</summary>
    public Section? CurrentTab { get; init; }

    public IReadOnlyList<Section> Tabs { get; init; } = [];

    /// <summary>The screen has a sticky action bar above the tab bar (edit screens), so the content leaves room for it.</summary>
    public bool HasActionBar { get; init; }

    /// <summary>Set by the layout to the stylesheet's fingerprinted path.</summary>
    public string StylesheetPath { get; set; } = string.Empty;
}

/// <summary>A screen that only shows a message (e.g. nothing here for this role yet).</summary>
public sealed class MessagePage : ShellPage
{
    public required string Message { get; init; }
}
