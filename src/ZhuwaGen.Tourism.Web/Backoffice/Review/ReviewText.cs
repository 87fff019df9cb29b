using System.Resources;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Review;

/// <summary>
/// The strings of review and preview (<c>ReviewStrings.resx</c>, zh-Hans, and its <c>en</c> satellite) in the shell's
/// language; kept apart from the shell's strings so these features stay in their folders.
/// </summary>
public sealed class ReviewText(BackofficeText shell) : FeatureText(shell, Resources)
{
    private static readonly ResourceManager Resources = new("ZhuwaGen.Tourism.Web.Backoffice.Review.ReviewStrings", typeof(ReviewText).Assembly);

    public static ReviewText Of(BackofficeText shell) => new(shell);

    /// <summary>The <c>done=</c> values of the edit screen whose success line is one of these strings.</summary>
    public static readonly IReadOnlySet<string> DoneKeys = new HashSet<string>(StringComparer.Ordinal)
    {
        ReviewDone.Submit, ReviewDone.Approve, ReviewDone.SendBack, ReviewDone.PreviewLink, ReviewDone.Revoke,
    };
}

public static class ReviewDone
{
    public const string Submit = "submit";
    public const string Approve = "approve";
    public const string SendBack = "sendBack";
    public const string PreviewLink = "previewLink";
    public const string Revoke = "revoke";
}
