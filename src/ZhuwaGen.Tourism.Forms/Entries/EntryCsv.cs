using System.Globalization;
using System.Text;
using ZhuwaGen.Tourism.Forms.Definitions;

namespace ZhuwaGen.Tourism.Forms.Entries;

/// <summary>
/// Entries as CSV (RFC 4180): fixed columns, then one column per field alias in form order. A value that a
/// spreadsheet would run as a formula (=, +, -, @ first) is prefixed with an apostrophe.
/// </summary>
public static class EntryCsv
{
    public static string Header(FormDefinition form) =>
        Line(new[] { "id", "created", "culture", "state", "contentId" }.Concat(form.Fields.Select(f => f.Alias)));

    public static string Row(FormDefinition form, EntryView entry) =>
        Line(new[]
        {
            entry.Id.ToString("D"),
            entry.CreatedUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            entry.Culture,
            entry.State.ToString(),
            entry.ContentId?.ToString("D") ?? string.Empty,
        }.Concat(form.Fields.Select(f => entry.Values.TryGetValue(f.Alias, out var v) ? string.Join("; ", v) : string.Empty)));

    /// <summary>
    /// The whole export: the header, then a row per entry as <paramref name="entries"/> gives them (the Management API's
    /// export and the back-office's download both write it here, so they are the same file).
    /// </summary>
    public static async Task WriteAsync(Stream body, FormDefinition form, IAsyncEnumerable<EntryView> entries, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(body, Encoding, leaveOpen: true);
        await writer.WriteAsync(Header(form));
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            await writer.WriteAsync(Row(form, entry));
        }

        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>One CSV line of any cells, escaped and neutralised as above (also used by the bookings export).</summary>
    public static string Line(IEnumerable<string> cells) => string.Join(',', cells.Select(Cell)) + "\r\n";

    private static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? '"' + value.Replace("\"", "\"\"", StringComparison.Ordinal) + '"' : value;
    }

    public static readonly Encoding Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
}
