using ZhuwaGen.Tourism.Cms.ContentTypes;

namespace ZhuwaGen.Tourism.Cms.PropertyEditors;

/// <summary>Umbraco.EmailAddress: a bare address (checked by <see cref="TextRules"/>), a string; never searchable, so a visitor cannot find pages by a contact's address.</summary>
internal sealed class EmailAddressEditor : TextEditor
{
    public override IReadOnlyCollection<string> Aliases { get; } = [PropertyEditorAliases.EmailAddress];

    public override IEnumerable<string> SearchText(Newtonsoft.Json.Linq.JToken value) => [];
}
