using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Documents.Validation;
using ZhuwaGen.Tourism.Cms.PropertyEditors;
using ZhuwaGen.Tourism.Cms.Rendering;
using ZhuwaGen.Tourism.Cms.Schema;
using ZhuwaGen.Tourism.Web.Backoffice.Editing.Recurrence;
using ZhuwaGen.Tourism.Web.Backoffice.Lists;
using ZhuwaGen.Tourism.Web.Backoffice.Pickers;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Editing;

/// <summary>
/// Builds the edit screen from the schema (human labels, one input per property editor) and a document's draft, and
/// reads a posted form back into the names and values the document service saves.
/// </summary>
public sealed class EditScreen(SchemaRegistry schemas, StructuredFields structured, MarkdownRenderer markdown, CoordinatesMap coordinates,
    RecurrenceSummary recurrence)
{
    public ContentSchema Schema => schemas.Current;

    /// <summary>The culture to edit: the one asked for when it is a language of the site (and the type varies), else the default.</summary>
    public string CultureFor(ContentType type, string? culture) =>
        type.VariesByCulture && culture is not null && Schema.FindLanguage(culture) is { } language ? language.IsoCode : Schema.DefaultCulture;

    /// <summary>The names and values a form posts for <paramref name="culture"/>: its name, its values and the invariant values.</summary>
    public (Dictionary<string, string> Names, List<PropertyValue> Values) Read(ContentType type, string culture, IFormCollection form)
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { [culture] = form["name"].ToString() };
        var values = new List<PropertyValue>();
        foreach (var property in Schema.AllProperties(type))
        {
            var input = FieldInputs.For(Schema, property);
            if (input == FieldInput.ReadOnly)
            {
                continue;
            }

            var value = FieldInputs.IsStructured(input)
                ? StructuredForm.Read(Schema, property, input, "v." + property.Alias, form)
                : FormValues.Read(input, form, "v." + property.Alias);
            values.Add(new PropertyValue(property.Alias, property.VariesByCulture ? culture : null, value));
        }

        return (names, values);
    }

    /// <summary>The draft with a posted edit laid over it, so a refused save shows what was typed, not what is stored.</summary>
    public static DocumentData Overlay(DocumentData draft, IReadOnlyDictionary<string, string> names, IReadOnlyList<PropertyValue> values)
    {
        var mergedNames = new Dictionary<string, string>(draft.Names, StringComparer.OrdinalIgnoreCase);
        foreach (var (culture, name) in names)
        {
            mergedNames[culture] = name;
        }

        var edited = values.Select(v => (v.Alias.ToLowerInvariant(), v.Culture?.ToLowerInvariant())).ToHashSet();
        var merged = draft.Values.Where(v => !edited.Contains((v.Alias.ToLowerInvariant(), v.Culture?.ToLowerInvariant()))).Concat(values).ToList();
        return draft with { Names = mergedNames, Values = merged };
    }

    public EditPage Build(EditRequest request)
    {
        var schema = Schema;
        var (type, data, culture, text) = (request.Type, request.Data, request.Culture, request.Text);
        var errors = ValidationMessages.In(text, request.Errors);
        var groups = GroupsOf(type);
        var fields = schema.AllProperties(type)
            .Select(p => Field(p, data, culture, text, errors, request.Previews))
            .GroupBy(f => GroupOf(schema, type, f.Alias) ?? string.Empty)
            // The type's own groups first (where a stop's opening hours are), then those it shares with other types.
            .OrderBy(g => type.Groups.Any(own => string.Equals(own.Alias, g.Key, StringComparison.OrdinalIgnoreCase)) ? 0 : 1)
            .ThenBy(g => groups.GetValueOrDefault(g.Key)?.SortOrder ?? int.MaxValue)
            .Select(g => new FieldGroup(
                g.Key.Length == 0 ? text["OtherFields"] : text.Named("Group", g.Key, groups.GetValueOrDefault(g.Key)?.Caption ?? g.Key),
                g.ToList()))
            .ToList();
        var onScreen = fields.SelectMany(g => g.Fields).Select(f => f.Alias).Append(DocumentValidator.NameAlias).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var blockLists = fields.SelectMany(g => g.Fields).Where(f => f.Structured is BlocksView).Select(f => f.Alias + "[").ToList();
        var other = errors
            // A block's errors ("roomTypes[2].beds") are shown in that block.
            .Where(e => !blockLists.Any(b => e.Alias.StartsWith(b, StringComparison.OrdinalIgnoreCase))
                || (e.Culture is not null && !string.Equals(e.Culture, culture, StringComparison.OrdinalIgnoreCase)))
            .Where(e => !onScreen.Contains(e.Alias) || (e.Culture is not null && !string.Equals(e.Culture, culture, StringComparison.OrdinalIgnoreCase)))
            .Select(e => e.Culture is null ? $"{e.Alias}: {e.Message}" : $"{e.Alias} ({text["Lang_" + e.Culture]}): {e.Message}")
            .ToList();

        return new EditPage
        {
            Text = text,
            // A language not written yet is titled by the Chinese name, so the editor still sees which item this is.
            Title = data.Names.GetValueOrDefault(culture) is { Length: > 0 } name ? name
                : data.Names.GetValueOrDefault(schema.DefaultCulture) is { Length: > 0 } defaultName ? defaultName
                : text.Format("NewItem", TypeName(type, text)),
            CurrentTab = Section.ForType(type.Alias),
            Tabs = Section.For(request.User),
            HasActionBar = true,
            Key = request.Key,
            FormAction = request.FormAction,
            TypeName = TypeName(type, text),
            Culture = culture,
            VariesByCulture = type.VariesByCulture,
            Cultures = type.VariesByCulture && request.Key is not null
                ? schema.Languages.Select(l => new CultureTab(
                    l.IsoCode,
                    text["Lang_" + l.IsoCode],
                    !data.Names.TryGetValue(l.IsoCode, out var n) || string.IsNullOrWhiteSpace(n),
                    string.Equals(l.IsoCode, culture, StringComparison.OrdinalIgnoreCase),
                    BackofficeRoutes.Edit(request.Key.Value, l.IsoCode))).ToList()
                : [],
            Name = data.Names.GetValueOrDefault(culture) ?? string.Empty,
            NameErrors = errors.Where(e => e.Alias == DocumentValidator.NameAlias && (e.Culture is null || string.Equals(e.Culture, culture, StringComparison.OrdinalIgnoreCase)))
                .Select(e => e.Message).ToList(),
            Groups = fields,
            Revision = request.Revision,
            CanPublish = request.Key is not null && BackofficeUser.CanPublish(request.User),
            State = request.State,
            Notice = request.Notice,
            Problem = request.Problem,
            OtherErrors = other,
            SchedulePublish = PickerText(request.ScheduledPublish),
            ScheduleUnpublish = PickerText(request.ScheduledUnpublish),
            Unsaved = request.Unsaved,
            Review = request.Review,
            Conflicts = request.Conflicts,
            HasChildren = request.HasChildren,
            CoordinatesMap = CoordinatesMap.Applies(schema.AllProperties(type).Select(p => p.Alias)) ? coordinates.Draw(request.Key, data, text) : null,
        };
    }

    private EditField Field(PropertyType property, DocumentData data, string culture, BackofficeText text, IReadOnlyList<PropertyValidationError> errors,
        IReadOnlySet<string> previews)
    {
        var valueCulture = property.VariesByCulture ? culture : null;
        var value = data.GetValue(property.Alias, valueCulture);
        var own = errors.Where(e => string.Equals(e.Alias, property.Alias, StringComparison.OrdinalIgnoreCase)
                && (e.Culture is null || string.Equals(e.Culture, valueCulture ?? e.Culture, StringComparison.OrdinalIgnoreCase)))
            .Select(e => e.Message).ToList();
        var field = FieldOf(property, value, text, own) with
        {
            MissingHere = property.VariesByCulture
                && !string.Equals(culture, Schema.DefaultCulture, StringComparison.OrdinalIgnoreCase)
                && IsEmpty(value) && !IsEmpty(data.GetValue(property.Alias, Schema.DefaultCulture)),
        };

        // Inside a block the fields are the element type's, named by the block's position, with the block's errors.
        var inBlock = errors.Where(e => e.Culture is null || string.Equals(e.Culture, valueCulture ?? e.Culture, StringComparison.OrdinalIgnoreCase)).ToList();
        return field with
        {
            Structured = structured.Describe(Schema, property, field.Input, value, text, inBlock,
                (p, v, name, key, fieldErrors) => FieldOf(p, v, text, fieldErrors) with { FormName = name, IdKey = key }),
            PreviewHtml = field.Input == FieldInput.Markdown && previews.Contains(property.Alias) ? markdown.ToHtml(StoredValues.Text(value)) : null,
            LabelledOptions = field.Input == FieldInput.FormPicker ? structured.Forms() : [],
            RecurrenceSummary = field.Input == FieldInput.Recurrence ? recurrence.Describe(data, field.Value, text) : null,
        };
    }

    // One property as an input, wherever it sits: on the item or inside a block.
    private EditField FieldOf(PropertyType property, JToken? value, BackofficeText text, IReadOnlyList<string> errors)
    {
        var input = FieldInputs.For(Schema, property);
        var config = Schema.FindDataType(property.DataTypeKey)?.Config ?? [];
        var options = (config["items"] as JArray ?? [])
            .Select(i => i.Type == JTokenType.String ? i.Value<string>() : i["value"]?.Value<string>())
            .OfType<string>().ToList();
        return new EditField(
            property.Alias,
            text.Named("Prop", property.Alias, property.Name),
            text.Language == UiLanguage.English ? property.Description : text.Named("Help", property.Alias, string.Empty) is { Length: > 0 } help ? help : null,
            input,
            property.VariesByCulture,
            property.Mandatory,
            FormValues.Display(input, value),
            StoredValues.Strings(value),
            options,
            config.Value<bool?>("multiple") ?? false,
            config.Value<int?>("maxChars"),
            errors,
            false,
            FormValues.Count(value))
        {
            Recurrence = input == FieldInput.Recurrence ? RecurrenceChoice.FromRule(StoredValues.Text(value)) : null,
        };
    }

    /// <summary>A structured value described as its editor shows it (picks, links, blocks), without errors.</summary>
    public object? Describe(PropertyType property, JToken? value)
    {
        var text = new BackofficeText(UiLanguage.English);
        return structured.Describe(Schema, property, FieldInputs.For(property.EditorAlias), value, text, [],
            (p, v, name, key, errors) => FieldOf(p, v, text, errors) with { FormName = name, IdKey = key });
    }

    private static string PickerText(DateTime? utc) =>
        utc is { } at ? ShanghaiTime.FromUtc(at).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture) : string.Empty;

    private static bool IsEmpty(JToken? value) =>
        value is null || value.Type == JTokenType.Null || (value.Type == JTokenType.String && string.IsNullOrWhiteSpace(value.Value<string>()))
        || (value is JArray array && array.Count == 0);

    private static string TypeName(ContentType type, BackofficeText text) => text.Named("Type", type.Alias, type.Name);

    // Groups of the type and of its compositions, by alias; the type's own win.
    private Dictionary<string, PropertyGroup> GroupsOf(ContentType type)
    {
        var groups = new Dictionary<string, PropertyGroup>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in type.Groups.Concat(type.Compositions.Select(Schema.FindContentType).OfType<ContentType>().SelectMany(c => c.Groups)))
        {
            groups.TryAdd(group.Alias, group);
        }

        return groups;
    }

    private static string? GroupOf(ContentSchema schema, ContentType type, string alias) =>
        schema.AllProperties(type).FirstOrDefault(p => string.Equals(p.Alias, alias, StringComparison.OrdinalIgnoreCase))?.GroupAlias;
}

/// <summary>What the edit screen is built from.</summary>
public sealed record EditRequest(
    ContentType Type,
    DocumentData Data,
    string Culture,
    BackofficeText Text,
    ClaimsPrincipal User,
    string FormAction,
    IReadOnlyList<PropertyValidationError> Errors)
{
    public Guid? Key { get; init; }

    public int Revision { get; init; }

    public CultureState State { get; init; }

    public string? Notice { get; init; }

    public string? Problem { get; init; }

    public DateTime? ScheduledPublish { get; init; }

    public DateTime? ScheduledUnpublish { get; init; }

    /// <summary>Markdown fields to show rendered below their text.</summary>
    public IReadOnlySet<string> Previews { get; init; } = new HashSet<string>();

    /// <summary>The form is shown again with a change that is not saved yet.</summary>
    public bool Unsaved { get; init; }

    public Review.ItemReview Review { get; init; } = Backoffice.Review.ItemReview.None;

    public IReadOnlyList<FieldConflict> Conflicts { get; init; } = [];

    public bool HasChildren { get; init; }
}
