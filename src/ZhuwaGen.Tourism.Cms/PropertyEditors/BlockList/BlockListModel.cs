using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;

namespace ZhuwaGen.Tourism.Cms.PropertyEditors;

/// <summary>A block list in layout order; each block's content element and optional settings element.</summary>
public sealed record BlockListModel(IReadOnlyList<BlockListItem> Items);

public sealed record BlockListItem(BlockElementData Content, BlockElementData? Settings);

/// <summary>
/// One element of a block: its element type (null when the schema no longer has it), its key, and its stored values
/// by property alias. The published-content layer reads the values through the element type's editors.
/// </summary>
public sealed record BlockElementData(ContentType? ContentType, Guid? Key, JObject Values)
{
    public JToken? Value(string alias) => Values.GetValue(alias, StringComparison.OrdinalIgnoreCase);
}
