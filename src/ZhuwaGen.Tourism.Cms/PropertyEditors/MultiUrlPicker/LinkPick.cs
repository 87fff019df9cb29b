namespace ZhuwaGen.Tourism.Cms.PropertyEditors;

/// <summary>One link of a MultiUrlPicker: to a document or media item (<see cref="Destination"/>) or to an external <see cref="Url"/>.</summary>
public sealed record LinkPick(PickedKey? Destination, string? Url, string? Title, string? Target, string? QueryString);
