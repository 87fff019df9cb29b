namespace ZhuwaGen.Tourism.Cms.Documents;

/// <summary>
/// One failed rule on a save: the property alias (or "name" for the item's name), the culture where the value
/// varies, and a message an editor can act on.
/// </summary>
public sealed record PropertyValidationError(string Alias, string? Culture, string Message);
