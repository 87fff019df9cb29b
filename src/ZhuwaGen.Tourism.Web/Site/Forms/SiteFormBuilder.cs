using System.Globalization;
using System.Text.Json;
using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Forms.Bookings;
using ZhuwaGen.Tourism.Forms.Definitions;
using ZhuwaGen.Tourism.Forms.Entries;
using ZhuwaGen.Tourism.Web.Site.Rendering;

namespace ZhuwaGen.Tourism.Web.Site.Forms;

/// <summary>
/// Builds the <see cref="SiteFormModel"/> of a page's picked form in the page's culture. On a guesthouse the
/// <c>roomType</c> field (a short answer holding a room type's block key, for API clients) becomes a choice of the
/// page's room types, so a visitor picks a room by name and price rather than typing a key.
/// </summary>
public static class SiteFormBuilder
{
    public static SiteFormModel Build(
        SiteRequest request,
        PublishedItem item,
        FormDefinition form,
        IReadOnlyDictionary<string, string[]> values,
        IReadOnlyDictionary<string, string[]> errors,
        string idempotencyKey,
        string? generalError = null)
    {
        // Captions and labels are the form's own texts; the site's messages are not read here.
        var messages = new FormMessages(FormSchema.Empty, request.Culture, request.DefaultCulture);
        var rooms = item.ContentTypeAlias == "guesthouse" ? RoomOptions(request, item) : null;
        var today = request.Clock.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var fieldsets = form.Pages.SelectMany(p => p.Fieldsets)
            .Select(set => new SiteFieldset(
                Optional(messages.Text(set.Caption)),
                set.Columns.SelectMany(c => c.Fields)
                    .Select(f => Field(form, f, messages, values, errors, rooms, today))
                    .ToList()))
            .ToList();
        return new SiteFormModel(
            form.Id,
            request.Url(item) ?? "/",
            Optional(messages.Text(form.SubmitLabel)) ?? request.Text["FormSubmit"],
            idempotencyKey,
            form.IsBookingForm,
            fieldsets,
            generalError);
    }

    private static SiteField Field(
        FormDefinition form,
        FormField field,
        FormMessages messages,
        IReadOnlyDictionary<string, string[]> values,
        IReadOnlyDictionary<string, string[]> errors,
        IReadOnlyList<(string Value, string Caption)>? rooms,
        string today)
    {
        var given = values.TryGetValue(field.Alias, out var v) ? v : [];
        var isRoomChoice = rooms is not null && string.Equals(field.Alias, BookingRequest.Aliases.RoomType, StringComparison.OrdinalIgnoreCase);
        var kind = isRoomChoice ? SiteFieldKind.Select : KindOf(field.Type);
        var options = isRoomChoice
            ? rooms!.Select(r => new SiteFieldOption(r.Value, r.Caption, given.Contains(r.Value, StringComparer.OrdinalIgnoreCase))).ToList()
            : field.PreValues.Select(p => new SiteFieldOption(p.Value, Optional(messages.Text(p.Caption)) ?? p.Value, given.Contains(p.Value, StringComparer.Ordinal))).ToList();
        var isStayDate = kind == SiteFieldKind.Date
            && (field.Alias.Equals(BookingRequest.Aliases.CheckIn, StringComparison.OrdinalIgnoreCase) || field.Alias.Equals(BookingRequest.Aliases.CheckOut, StringComparison.OrdinalIgnoreCase));
        return new SiteField(
            field.Id,
            field.Alias,
            kind,
            Optional(messages.Text(field.Caption)) ?? field.Alias,
            Optional(messages.Text(field.HelpText)) is { } help && !isRoomChoice ? help : null,
            Optional(messages.Text(field.Placeholder)),
            field.Required,
            given,
            errors.TryGetValue(field.Alias, out var e) && e.Length > 0 ? string.Join(' ', e) : null,
            options,
            isStayDate ? today : kind == SiteFieldKind.Number ? Number(field.Min) : null,
            kind == SiteFieldKind.Number ? Number(field.Max) : null,
            kind is SiteFieldKind.Text or SiteFieldKind.TextArea && field.Max is { } max ? (int)max : null,
            Autocomplete(field),
            Condition(form, field));
    }

    private static SiteFieldKind KindOf(FieldType type) => type switch
    {
        FieldType.Email => SiteFieldKind.Email,
        FieldType.Phone => SiteFieldKind.Tel,
        FieldType.Number => SiteFieldKind.Number,
        FieldType.Date => SiteFieldKind.Date,
        FieldType.DateRange => SiteFieldKind.DateRange,
        FieldType.LongAnswer => SiteFieldKind.TextArea,
        FieldType.Dropdown => SiteFieldKind.Select,
        FieldType.MultipleChoice => SiteFieldKind.Checkboxes,
        FieldType.Checkbox => SiteFieldKind.Checkbox,
        FieldType.DataConsent => SiteFieldKind.Consent,
        FieldType.Hidden => SiteFieldKind.Hidden,
        _ => SiteFieldKind.Text,
    };

    /// <summary>The page's room types as choices: block key → "name · price a night".</summary>
    private static List<(string Value, string Caption)> RoomOptions(SiteRequest request, PublishedItem item) =>
        (item.Value<IReadOnlyList<PublishedBlock>>("roomTypes", request.Culture) ?? [])
            .Where(b => b.Content.ContentTypeAlias == "roomType" && b.Content.Key is not null)
            .Select(b =>
            {
                var name = b.Content.Value<string>("name") ?? string.Empty;
                var price = b.Content.Value<decimal?>("nightlyPrice");
                return (b.Content.Key!.Value.ToString("D"),
                    price is { } p ? $"{name} · {request.Text.Format("RoomPrice", request.Text.Number(p))}" : name);
            })
            .ToList();

    private static string? Autocomplete(FormField field) => field.Alias.ToLowerInvariant() switch
    {
        BookingRequest.Aliases.Name => "name",
        "phone" => "tel",
        BookingRequest.Aliases.Email => "email",
        _ => field.Type switch { FieldType.Email => "email", FieldType.Phone => "tel", _ => null },
    };

    /// <summary>The condition for the browser script, with the other fields named by alias (the names they post under).</summary>
    private static string? Condition(FormDefinition form, FormField field)
    {
        if (field.Condition is not { Rules.Count: > 0 } condition)
        {
            return null;
        }

        return JsonSerializer.Serialize(new
        {
            action = condition.ActionType.ToString(),
            logic = condition.LogicType.ToString(),
            rules = condition.Rules.Select(r => new { field = form.FieldById(r.Field)?.Alias ?? string.Empty, op = r.Operator.ToString(), value = r.Value }),
        });
    }

    private static string? Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Optional(string text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
