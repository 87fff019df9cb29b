using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Forms.Persistence;

namespace ZhuwaGen.Tourism.Forms.Entries;

/// <summary>An entry as the Management API answers it; the state by name (Submitted, Approved, Rejected), as the list's filter takes it.</summary>
public sealed record EntryView(
    Guid Id,
    Guid FormId,
    string Culture,
    Guid? ContentId,
    [property: JsonConverter(typeof(JsonStringEnumConverter<EntryState>))] EntryState State,
    DateTime CreatedUtc,
    IReadOnlyDictionary<string, string[]> Values);

/// <summary>Reads entries for the Management API and the back-office: newest first, paged.</summary>
public sealed class EntryQueries(FormsDbContext db)
{
    public async Task<(long Total, IReadOnlyList<EntryView> Items)> ListAsync(
        Guid formId, EntryState? state, int skip, int take, CancellationToken cancellationToken)
    {
        var query = db.Entries.AsNoTracking().Where(e => e.FormId == formId);
        if (state is { } wanted)
        {
            query = query.Where(e => e.State == wanted);
        }

        var total = await query.LongCountAsync(cancellationToken);
        var rows = await query.OrderByDescending(e => e.CreatedUtc).ThenBy(e => e.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return (total, rows.Select(ToView).ToList());
    }

    public async Task<EntryView?> FindAsync(Guid entryId, CancellationToken cancellationToken) =>
        await db.Entries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == entryId, cancellationToken) is { } row ? ToView(row) : null;

    /// <summary>Every entry of a form, oldest first, streamed (an export may be long).</summary>
    public async IAsyncEnumerable<EntryView> AllAsync(Guid formId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in db.Entries.AsNoTracking().Where(e => e.FormId == formId).OrderBy(e => e.CreatedUtc).ThenBy(e => e.Id)
            .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return ToView(row);
        }
    }

    private static EntryView ToView(EntryEntity row) => new(
        row.Id, row.FormId, row.Culture, row.ContentId, row.State, row.CreatedUtc,
        JsonSerializer.Deserialize<Dictionary<string, string[]>>(row.ValuesJson) ?? []);
}
