namespace ZhuwaGen.Tourism.Cms.PropertyEditors;

/// <summary>The form a forms picker stored, by its key. Views and the Delivery renderer look the form up themselves.</summary>
public sealed record PickedForm(Guid FormId);
