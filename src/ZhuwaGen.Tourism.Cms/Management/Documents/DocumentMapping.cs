using System.Text.Json;
using System.Text.Json.Nodes;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents;

namespace ZhuwaGen.Tourism.Cms.Management.Documents;

/// <summary>Between the API's JSON models and the document services' records.</summary>
internal static class DocumentMapping
{
    public static IReadOnlyDictionary<string, string> Names(ContentSchema schema, IReadOnlyList<DocumentVariantRequestModel>? variants)
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var variant in variants ?? [])
        {
            // An invariant document keeps its name under the default language, as the services expect.
            names[variant.Culture ?? schema.DefaultCulture] = variant.Name;
        }

        return names;
    }

    public static IReadOnlyList<PropertyValue> Values(IReadOnlyList<DocumentValueModel>? values) =>
        (values ?? []).Select(v => new PropertyValue(v.Alias, v.Culture, ToJToken(v.Value))).ToList();

    public static DocumentResponseModel ToResponse(ContentSchema schema, DocumentView view)
    {
        var type = schema.FindContentType(view.ContentTypeAlias);
        var variesByCulture = type?.VariesByCulture ?? true;
        var editors = type is null
            ? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            : schema.AllProperties(type).GroupBy(p => p.Alias, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.First().EditorAlias, StringComparer.OrdinalIgnoreCase);
        return new DocumentResponseModel(
            view.Key,
            view.ParentKey is { } parent ? new ReferenceByIdModel(parent) : null,
            TypeReference(schema, view.ContentTypeAlias),
            view.Trashed,
            view.SortOrder,
            view.Revision,
            view.Draft.Values.Select(v => new DocumentValueResponseModel(v.Alias, v.Culture, null, ToJsonNode(v.Value), editors.GetValueOrDefault(v.Alias))).ToList(),
            view.Cultures.Select(c => new DocumentVariantResponseModel(
                variesByCulture ? c.Culture : null,
                null,
                c.Name,
                State(c),
                c.UrlSegment,
                view.CreateDate,
                view.UpdateDate,
                c.PublishDate,
                c.ScheduledPublishDate,
                c.ScheduledUnpublishDate)).ToList());
    }

    public static DocumentTypeReferenceModel TypeReference(ContentSchema schema, string alias)
    {
        var type = schema.FindContentType(alias);
        return new DocumentTypeReferenceModel(type?.Key, type?.Alias ?? alias, type?.Icon);
    }

    public static string State(DocumentCultureState culture) => State(culture.IsPublished, culture.Edited);

    public static string State(bool isPublished, bool edited) => (isPublished, edited) switch
    {
        (true, true) => "PublishedPendingChanges",
        (true, false) => "Published",
        _ => "Draft",
    };

    private static JToken? ToJToken(JsonElement? value)
    {
        if (value is not { } element || element.ValueKind is JsonValueKind.Undefined)
        {
            return null;
        }

        // Dates stay strings, as the stored document data keeps them.
        using var reader = new JsonTextReader(new StringReader(element.GetRawText())) { DateParseHandling = DateParseHandling.None };
        return JToken.ReadFrom(reader);
    }

    private static JsonNode? ToJsonNode(JToken? value) =>
        value is null || value.Type == JTokenType.Null ? null : JsonNode.Parse(value.ToString(Formatting.None));
}
