namespace ZhuwaGen.Tourism.Forms.Definitions;

/// <summary>The forms in use, read from umbraco.config at start-up (<see cref="Hosting.FormsInitializer"/>).</summary>
public sealed class FormRegistry
{
    private volatile FormSchema _current = FormSchema.Empty;

    public FormSchema Current => _current;

    public FormDefinition? Find(Guid id) => _current.Find(id);

    public void Replace(FormSchema schema) => _current = schema;
}
