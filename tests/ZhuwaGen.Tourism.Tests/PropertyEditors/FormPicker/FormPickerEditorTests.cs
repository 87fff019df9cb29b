using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.PropertyEditors;

namespace ZhuwaGen.Tourism.Tests.PropertyEditors.FormPicker;

/// <summary>The forms picker unit on its own, in a CMS that knows no forms (the site's own catalogue is tested in FormPickerTests).</summary>
public sealed class FormPickerEditorTests
{
    private static readonly Guid Form = Guid.Parse("8f13dc4a-db00-5430-99a1-c789297df04d");
    private readonly EditorUnit _unit = new(PropertyEditorAliases.FormPicker);

    [Fact]
    public void Converts_a_stored_key_to_the_picked_form()
    {
        Assert.Equal(new PickedForm(Form), _unit.Convert(Form.ToString("D")));
        Assert.Equal(new PickedForm(Form), _unit.Convert(Form.ToString("N")));
        Assert.Null(_unit.Convert("not a form"));
        Assert.Null(_unit.Convert(null));
    }

    [Fact]
    public void Without_the_forms_project_no_key_is_a_form_and_a_non_key_is_refused_as_such()
    {
        Assert.Equal($"There is no form {Form:D}.", Assert.Single(_unit.Validate(Form.ToString("D"))).Message);
        Assert.Equal("Choose a form (its key).", Assert.Single(_unit.Validate("contact-us")).Message);
    }

    [Fact]
    public void Forms_8_to_13_alias_is_read_as_the_current_one()
    {
        Assert.Same(_unit.Editor, PropertyEditorRegistry.Default.Find("UmbracoForms.FormPicker"));
        Assert.Empty(_unit.SearchText(Form.ToString()));
        Assert.Null(_unit.QueryKind);
    }
}
