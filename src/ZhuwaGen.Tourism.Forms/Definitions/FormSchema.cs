namespace ZhuwaGen.Tourism.Forms.Definitions;

/// <summary>The forms of the site and the default validation messages (per culture, keyed required, pattern, …).</summary>
public sealed record FormSchema(IReadOnlyDictionary<string, LocalizedText> Messages, IReadOnlyList<FormDefinition> Forms)
{
    public static readonly FormSchema Empty = new(new Dictionary<string, LocalizedText>(), []);

    public FormDefinition? Find(Guid id) => Forms.FirstOrDefault(f => f.Id == id);
}
