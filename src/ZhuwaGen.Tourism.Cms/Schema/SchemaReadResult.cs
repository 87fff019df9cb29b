using ZhuwaGen.Tourism.Cms.ContentTypes;

namespace ZhuwaGen.Tourism.Cms.Schema;

/// <summary>Outcome of reading umbraco.config: the schema is only handed out when the file has no errors.</summary>
public sealed record SchemaReadResult(ContentSchema? Schema, IReadOnlyList<SchemaError> Errors)
{
    public bool Succeeded => Schema is not null && Errors.Count == 0;
}
