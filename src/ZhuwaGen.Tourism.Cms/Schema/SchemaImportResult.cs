namespace ZhuwaGen.Tourism.Cms.Schema;

/// <summary>What an import did (<see cref="Changes"/>) or, when refused, what it would have lost (<see cref="Refusals"/>).</summary>
public sealed record SchemaImportResult(IReadOnlyList<string> Changes, IReadOnlyList<string> Refusals)
{
    public bool Succeeded => Refusals.Count == 0;
}
