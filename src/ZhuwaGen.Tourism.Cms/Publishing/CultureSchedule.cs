namespace ZhuwaGen.Tourism.Cms.Publishing;

/// <summary>When a culture of a document goes live and when it comes down; null clears that side.</summary>
public sealed record CultureSchedule(string Culture, DateTime? PublishAt, DateTime? UnpublishAt);
