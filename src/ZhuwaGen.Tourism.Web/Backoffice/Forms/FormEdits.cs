using ZhuwaGen.Tourism.Forms.Definitions;

namespace ZhuwaGen.Tourism.Web.Backoffice.Forms;

/// <summary>
/// The changes the forms screens make to a definition, each a new definition (the records are immutable), which the
/// screens hand whole to <see cref="FormDefinitionService.UpdateAsync"/> with the revision they were shown. Fields are
/// kept in their pages, fieldsets and columns; a new field goes at the end of the last column.
/// </summary>
public static class FormEdits
{
    /// <summary>A new form: its name and one page with one fieldset and one full-width column, ready for fields.</summary>
    public static FormDefinition New(string name) => new(
        Guid.NewGuid(), name.Trim(), LocalizedText.Empty, null, LocalizedText.Empty, LocalizedText.Empty, LocalizedText.Empty,
        [new FormPage(Guid.NewGuid(), LocalizedText.Empty, [new FormFieldset(Guid.NewGuid(), LocalizedText.Empty, [new FormColumn(LocalizedText.Empty, 12, [])])])],
        []);

    /// <summary>The text in one culture set (an empty one removed, so the culture falls back instead of showing nothing).</summary>
    public static LocalizedText Set(LocalizedText text, string culture, string? value)
    {
        var texts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, existing) in text.ByCulture)
        {
            if (!string.Equals(key, culture, StringComparison.OrdinalIgnoreCase))
            {
                texts[key] = existing;
            }
        }

        if (!string.IsNullOrWhiteSpace(value))
        {
            texts[culture] = value.Trim();
        }

        return texts.Count == 0 ? LocalizedText.Empty : new LocalizedText(texts);
    }

    /// <summary>The text in exactly this culture, without falling back.</summary>
    public static string In(LocalizedText text, string culture) =>
        text.ByCulture.FirstOrDefault(t => string.Equals(t.Key, culture, StringComparison.OrdinalIgnoreCase)).Value ?? string.Empty;

    public static FormDefinition WithTexts(FormDefinition form, string name, string culture, string? submitLabel, string? messageOnSubmit) =>
        form with
        {
            Name = name.Trim(),
            SubmitLabel = Set(form.SubmitLabel, culture, submitLabel),
            MessageOnSubmit = Set(form.MessageOnSubmit, culture, messageOnSubmit),
        };

    public static FormDefinition Replace(FormDefinition form, FormField field) =>
        MapColumns(form, column => column with { Fields = column.Fields.Select(f => f.Id == field.Id ? field : f).ToList() });

    public static FormDefinition Remove(FormDefinition form, Guid field) =>
        MapColumns(form, column => column with { Fields = column.Fields.Where(f => f.Id != field).ToList() });

    public static FormDefinition Add(FormDefinition form, FormField field)
    {
        if (form.Pages.Count == 0 || form.Pages[^1].Fieldsets.Count == 0 || form.Pages[^1].Fieldsets[^1].Columns.Count == 0)
        {
            var empty = New(form.Name);
            form = form with { Pages = [.. form.Pages, .. empty.Pages] };
        }

        var last = form.Pages[^1].Fieldsets[^1].Columns[^1];
        return MapColumns(form, column => ReferenceEquals(column, last) ? column with { Fields = [.. column.Fields, field] } : column);
    }

    /// <summary>
    /// The field one place earlier or later in the form's order: swapped with its neighbour in its column, or, at
    /// the edge of a column, moved to the end of the column before (or the start of the one after). At the first or
    /// last place nothing moves.
    /// </summary>
    public static FormDefinition Move(FormDefinition form, Guid field, bool up)
    {
        var columns = form.Pages.SelectMany(p => p.Fieldsets).SelectMany(s => s.Columns).ToList();
        var at = columns.FindIndex(c => c.Fields.Any(f => f.Id == field));
        if (at < 0)
        {
            return form;
        }

        var fields = columns[at].Fields.ToList();
        var index = fields.FindIndex(f => f.Id == field);
        var moving = fields[index];
        var replaced = new Dictionary<FormColumn, FormColumn>(ReferenceEqualityComparer.Instance);
        var target = index + (up ? -1 : 1);
        if (target >= 0 && target < fields.Count)
        {
            (fields[index], fields[target]) = (fields[target], fields[index]);
            replaced[columns[at]] = columns[at] with { Fields = fields };
        }
        else if ((up ? at - 1 : at + 1) is var other && other >= 0 && other < columns.Count)
        {
            fields.RemoveAt(index);
            replaced[columns[at]] = columns[at] with { Fields = fields };
            var neighbour = columns[other];
            replaced[neighbour] = neighbour with { Fields = up ? [.. neighbour.Fields, moving] : [moving, .. neighbour.Fields] };
        }
        else
        {
            return form;
        }

        return MapColumns(form, column => replaced.TryGetValue(column, out var changed) ? changed : column);
    }

    private static FormDefinition MapColumns(FormDefinition form, Func<FormColumn, FormColumn> change) =>
        form with
        {
            Pages = form.Pages.Select(p => p with
            {
                Fieldsets = p.Fieldsets.Select(s => s with { Columns = s.Columns.Select(change).ToList() }).ToList(),
            }).ToList(),
        };
}
