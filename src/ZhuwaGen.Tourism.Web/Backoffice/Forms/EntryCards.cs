using ZhuwaGen.Tourism.Forms.Definitions;
using ZhuwaGen.Tourism.Forms.Entries;
using ZhuwaGen.Tourism.Forms.Persistence;
using ZhuwaGen.Tourism.Web.Backoffice.Lists;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Forms;

/// <summary>One answer of an entry: the field's caption and the value as the visitor chose it (a choice by its caption).</summary>
public sealed record EntryValue(string Caption, string Value);

/// <summary>An entry as a card: when (Asia/Shanghai), in which language, from which page, its state and its answers.</summary>
public sealed record EntryCard(Guid Id, EntryState State, string When, string Language, Guid? PageKey, string? PageTitle, IReadOnlyList<EntryValue> Values);

public static class EntryCards
{
    /// <summary>Captions in the interface's language (falling back to Chinese); answers of fields since removed keep their alias.</summary>
    public static EntryCard Of(EntryView entry, FormDefinition form, IReadOnlyDictionary<Guid, ContentCard> hosts, BackofficeText text, FormsText strings, string language, string defaultCulture)
    {
        var values = new List<EntryValue>();
        foreach (var field in form.Fields)
        {
            if (entry.Values.TryGetValue(field.Alias, out var given) && given.Length > 0)
            {
                values.Add(new EntryValue(FieldWords.Caption(field, language, defaultCulture), Show(field, given, strings, language, defaultCulture)));
            }
        }

        foreach (var (alias, given) in entry.Values.Where(v => form.FieldByAlias(v.Key) is null))
        {
            values.Add(new EntryValue(alias, string.Join("; ", given)));
        }

        var host = entry.ContentId is { } key ? hosts.GetValueOrDefault(key) : null;
        return new EntryCard(
            entry.Id,
            entry.State,
            text.DateTime(ShanghaiTime.FromUtc(entry.CreatedUtc)),
            text["Lang_" + entry.Culture] is var name && name != "Lang_" + entry.Culture ? name : entry.Culture,
            entry.ContentId,
            host is null ? null : FormOverview.Title(host),
            values);
    }

    private static string Show(FormField field, string[] given, FormsText strings, string language, string defaultCulture) => field.Type switch
    {
        FieldType.Dropdown or FieldType.MultipleChoice => string.Join(strings["ListSeparator"], given.Select(v =>
            field.PreValues.FirstOrDefault(p => p.Value == v)?.Caption.Get(language, defaultCulture) is { Length: > 0 } caption ? caption : v)),
        FieldType.Checkbox or FieldType.DataConsent => given.All(EntryValidator.IsOn) ? strings["Yes"] : string.Join("; ", given),
        FieldType.DateRange => string.Join(" – ", given),
        _ => string.Join("; ", given),
    };
}
