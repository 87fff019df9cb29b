using System.Xml.Linq;
using ZhuwaGen.Tourism.Cms.Schema;

namespace ZhuwaGen.Tourism.Forms.Definitions;

/// <summary>Adds the forms in use to the schema export, as umbraco.config's &lt;Forms&gt; section.</summary>
internal sealed class FormsSchemaSection(FormRegistry registry) : ISchemaSection
{
    public XElement Write() => FormXmlWriter.Write(registry.Current);
}
