using ZhuwaGen.Tourism.Cms.PropertyEditors;
using ZhuwaGen.Tourism.Cms.Publishing;
using ZhuwaGen.Tourism.Forms.Api;
using ZhuwaGen.Tourism.Forms.Entries;

namespace ZhuwaGen.Tourism.Forms.Definitions;

/// <summary>
/// The CMS's view of the forms (for the forms picker): whether a form exists, and its definition JSON in a culture,
/// written by the same code as the Forms API's definition endpoint so the two never differ.
/// </summary>
internal sealed class FormCatalog(FormRegistry forms) : IFormCatalog
{
    public bool Exists(Guid formId) => forms.Find(formId) is not null;

    public IReadOnlyList<FormSummary> All() => forms.Current.Forms.Select(f => new FormSummary(f.Id, f.Name)).OrderBy(f => f.Name, StringComparer.Ordinal).ToList();

    public string? DefinitionJson(Guid formId, string culture, PublishedSnapshot snapshot) =>
        forms.Find(formId) is { } form
            ? Api.DefinitionJson.Write(form, new FormMessages(forms.Current, culture, snapshot.DefaultCulture), snapshot).ToJsonString()
            : null;
}
