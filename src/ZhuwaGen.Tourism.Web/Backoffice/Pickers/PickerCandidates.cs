using System.Globalization;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Web.Backoffice.Editing;
using ZhuwaGen.Tourism.Web.Backoffice.Lists;

namespace ZhuwaGen.Tourism.Web.Backoffice.Pickers;

/// <summary>
/// What a picker screen offers: documents of the types the data type allows (drafts too: an event may name a venue
/// that is published later) found by title in any language, or photos of the library found by name.
/// </summary>
public sealed class PickerCandidates(ContentCards cards, PublishedMediaCache media, IOptions<MediaOptions> mediaOptions)
{
    public const int MaxResults = 40;

    public Task<IReadOnlyList<ContentCard>> DocumentsAsync(ContentSchema schema, PropertyType property, string? search, CancellationToken cancellationToken) =>
        cards.SearchAsync(AllowedTypes(schema, property), search, MaxResults, cancellationToken);

    /// <summary>The document types a picker may choose: a multi-node picker's "filter", else every type that is not an element.</summary>
    public static IReadOnlyList<string> AllowedTypes(ContentSchema schema, PropertyType property)
    {
        var config = schema.FindDataType(property.DataTypeKey)?.Config ?? [];
        var filter = FieldInputs.For(property.EditorAlias) == FieldInput.NodePicker ? config["filter"]?.ToString() : null;
        var named = (filter ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return named.Length > 0 ? named : schema.ContentTypes.Where(t => !t.IsElement).Select(t => t.Alias).ToList();
    }

    public IReadOnlyList<PhotoChoice> Photos(string? search)
    {
        var snapshot = media.Current;
        var width = mediaOptions.Value.EffectiveWidths.DefaultIfEmpty(160).Min().ToString(CultureInfo.InvariantCulture);
        var words = (search ?? string.Empty).Trim();
        var found = new List<PhotoChoice>();
        Walk(null);
        return found;

        void Walk(Guid? parent)
        {
            foreach (var item in snapshot.ChildrenOf(parent))
            {
                if (found.Count >= MaxResults)
                {
                    return;
                }

                // Folders are walked, not offered: a media picker stores files.
                if (item.Url is not null && (words.Length == 0 || item.Name.Contains(words, StringComparison.OrdinalIgnoreCase)))
                {
                    found.Add(new PhotoChoice(item.Key, item.Name, item.Path, item.Width is null ? null : $"{item.Url}?width={width}", item.Width, item.Height));
                }

                Walk(item.Key);
            }
        }
    }
}

public sealed record PhotoChoice(Guid Key, string Name, string Path, string? Thumbnail, int? Width, int? Height);
