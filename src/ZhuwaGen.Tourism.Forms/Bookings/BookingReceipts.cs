using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Forms.Persistence;

namespace ZhuwaGen.Tourism.Forms.Bookings;

/// <summary>What a visitor is shown right after sending a form: the entry's values and, for a booking, its reference and terms.</summary>
public sealed record BookingReceipt(
    Guid EntryId,
    Guid FormId,
    Guid? ContentId,
    IReadOnlyDictionary<string, string[]> Values,
    string? Reference,
    BookingState? State,
    DateOnly? FirstNight,
    int Nights,
    string? Resource,
    int Guests,
    string? GuestName,
    string? GuestEmail,
    DateTime? ReplyDeadlineUtc);

/// <summary>Reads the receipt of one entry (the site's confirmation page); read-only, no tracking.</summary>
public sealed class BookingReceipts(FormsDbContext db)
{
    public async Task<BookingReceipt?> ForEntryAsync(Guid entryId, CancellationToken cancellationToken)
    {
        var entry = await db.Entries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == entryId, cancellationToken);
        if (entry is null)
        {
            return null;
        }

        var booking = await db.Bookings.AsNoTracking().FirstOrDefaultAsync(b => b.EntryId == entryId, cancellationToken);
        var values = JsonSerializer.Deserialize<Dictionary<string, string[]>>(entry.ValuesJson) ?? [];
        return new BookingReceipt(
            entry.Id,
            entry.FormId,
            entry.ContentId,
            new Dictionary<string, string[]>(values, StringComparer.OrdinalIgnoreCase),
            booking?.Reference,
            booking?.State,
            booking?.FirstNight,
            booking?.Nights ?? 0,
            booking?.Resource,
            booking?.Guests ?? 0,
            booking?.GuestName,
            booking?.GuestEmail,
            booking?.ReplyDeadlineUtc);
    }
}
