using System.Resources;
using ZhuwaGen.Tourism.Forms.Definitions;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Forms;

/// <summary>
/// The strings of the forms screens (<c>FormsStrings.resx</c>, zh-Hans, and its <c>en</c> satellite) in the shell's
/// language, with the human names of field types, stages and workflow kinds.
/// </summary>
public sealed class FormsText(BackofficeText shell) : FeatureText(shell, Resources)
{
    private static readonly ResourceManager Resources = new("ZhuwaGen.Tourism.Web.Backoffice.Forms.FormsStrings", typeof(FormsText).Assembly);

    public string TypeName(FieldType type) => this["Type_" + FieldTypes.XmlName(type)];

    public string StageName(WorkflowStage stage) => this["Stage_" + stage];

    public string KindName(WorkflowKind kind) => this["Kind_" + kind];

    /// <summary>A content language's name in the interface language (中文, 英文, 藏文).</summary>
    public string Language(string culture) => Shell["Lang_" + culture];
}
