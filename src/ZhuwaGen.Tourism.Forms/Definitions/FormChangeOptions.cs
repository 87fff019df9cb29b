namespace ZhuwaGen.Tourism.Forms.Definitions;

/// <summary>Bound from "Forms:Definitions": how often an instance looks for form edits made by another instance.</summary>
public sealed class FormChangeOptions
{
    public const string SectionName = "Forms:Definitions";

    public TimeSpan ChangeCheckInterval { get; set; } = TimeSpan.FromSeconds(5);
}
