using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Cms.PropertyEditors;

/// <summary>
/// The forms a forms picker can pick. Forms live in the Forms project, which depends on the CMS and never the reverse,
/// so the CMS asks through this seam: the Forms project registers the real catalogue, the CMS alone knows none.
/// </summary>
public interface IFormCatalog
{
    bool Exists(Guid formId);

    /// <summary>Every form of the site by name, for the back-office's forms picker.</summary>
    IReadOnlyList<FormSummary> All() => [];

    /// <summary>The form's definition JSON as the Forms API serves it (contract §2.3) in a culture, or null when unknown.</summary>
    string? DefinitionJson(Guid formId, string culture, PublishedSnapshot snapshot);
}

/// <summary>A form as a picker lists it.</summary>
public sealed record FormSummary(Guid Id, string Name);

/// <summary>The catalogue of a CMS without the Forms project: no form exists.</summary>
public sealed class NoForms : IFormCatalog
{
    public static readonly NoForms Instance = new();

    private NoForms()
    {
    }

    public bool Exists(Guid formId) => false;

    public string? DefinitionJson(Guid formId, string culture, PublishedSnapshot snapshot) => null;
}
