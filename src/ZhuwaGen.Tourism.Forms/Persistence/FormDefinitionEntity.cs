namespace ZhuwaGen.Tourism.Forms.Persistence;

/// <summary>
/// A form in force, as its &lt;Form&gt; element of umbraco.config (the same reader checks it on every load). Edits
/// through the Management API change this row; umbraco.config is applied over it only where the file itself changed.
/// </summary>
public sealed class FormDefinitionEntity
{
    public Guid Id { get; set; }

    public string Name { get; set; } = string.Empty;

    /// <summary>The &lt;Form&gt; element, written by <see cref="Definitions.FormXmlWriter"/>.</summary>
    public string Definition { get; set; } = string.Empty;

    /// <summary>Goes up by one on every change; an edit names the revision it started from (409 when stale).</summary>
    public int Revision { get; set; }

    /// <summary>
    /// SHA-256 of the file's version of this form when it was last applied; null for a form made through the API. A
    /// start-up whose file gives another hash applies the file's version; the same hash leaves API edits alone.
    /// </summary>
    public string? FileHash { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public string UpdatedBy { get; set; } = string.Empty;
}
