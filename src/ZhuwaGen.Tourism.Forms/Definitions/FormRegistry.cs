namespace ZhuwaGen.Tourism.Forms.Definitions;

/// <summary>The forms in use, read from umbraco.config at start-up (<see cref="Hosting.FormsInitializer"/>).</summary>
public sealed class FormRegistry
{
    private readonly TaskCompletionSource _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile FormSchema _current = FormSchema.Empty;

    /// <summary>Completes once start-up migrated Forms' tables and read the forms: the background jobs wait for it.</summary>
    public Task Loaded => _loaded.Task;

    public FormSchema Current => _current;

    public FormDefinition? Find(Guid id) => _current.Find(id);

    public void Replace(FormSchema schema)
    {
        _current = schema;
        _loaded.TrySetResult();
    }
}
