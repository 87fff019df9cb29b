using System.Xml.Linq;

namespace ZhuwaGen.Tourism.Cms.Schema;

/// <summary>
/// A section of umbraco.config that a module beside the CMS owns (the &lt;Forms&gt; of the forms module): the CMS
/// reader skips it, and the schema export appends what the module writes, after the CMS's own sections.
/// </summary>
public interface ISchemaSection
{
    XElement Write();
}
