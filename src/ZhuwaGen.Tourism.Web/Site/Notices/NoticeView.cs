namespace ZhuwaGen.Tourism.Web.Site.Notices;

/// <summary>A trip-condition notice as pages show it: what, how serious, until when, and where to read more.</summary>
public sealed record NoticeView(
    string Title, string? Url, string KindLabel, string Severity, string? Summary, string? Validity, string? Lang, string? BodyHtml = null);
