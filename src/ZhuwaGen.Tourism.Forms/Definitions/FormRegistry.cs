namespace ZhuwaGen.Tourism.Forms.Definitions;

/// <summary>
/// The forms in force: put in place at start-up (<see cref="Hosting.FormsInitializer"/>) and replaced whole after each
/// edit through the Management API (<see cref="FormDefinitionService"/>), so readers never see half an edit.
/// </summary>
public sealed class FormRegistry
{
    private readonly TaskCompletionSource _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile FormSchema _current = FormSchema.Empty;

    /// <summary>Completes once start-up migrated Forms' tables and read the forms: the background jobs wait for it.</summary>
    public Task Loaded => _loaded.Task;

    /// <summary>
    /// Held by an edit from its write to the registry's replacement, so two edits on this instance cannot put their
    /// reloads in place in the wrong order (the later reload would otherwise be overwritten by the earlier one).
    /// </summary>
    internal SemaphoreSlim EditGate { get; } = new(1, 1);

    public FormSchema Current => _current;

    public FormDefinition? Find(Guid id) => _current.Find(id);

    public void Replace(FormSchema schema)
    {
        _current = schema;
        _loaded.TrySetResult();
    }
}
