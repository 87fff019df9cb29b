using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Forms.Hosting;
using ZhuwaGen.Tourism.Forms.Persistence;

namespace ZhuwaGen.Tourism.Forms.Bookings.Blocks;

public enum BlockOperationStatus
{
    Success,
    NotFound,
    UnknownRoomType,
    InvalidDates,

    /// <summary>A night has too few free rooms: the site (or another block) already holds them.</summary>
    Full,
}

public sealed record BlockRequest(Guid RoomType, DateOnly FirstNight, int Nights, int Rooms, BlockSource Source, string? Note);

/// <summary>
/// Manual blocks: the owner takes rooms off sale for orders from other channels. A block holds units through
/// <see cref="Reservation.HoldAsync"/> in one transaction, so the same unique index that stops two bookings taking one
/// room stops a booking and a block from doing so too.
/// </summary>
public sealed class RoomBlocks(
    FormsDbContext db, PublishedContentReader content, IOptions<BookingOptions> options, [FromKeyedServices(FormsClock.Key)] TimeProvider clock)
{
    private const int MaxAttempts = 10;

    public async Task<(BlockOperationStatus Status, DateOnly? FullNight)> AddAsync(
        Guid guesthouse, BlockRequest request, Manager createdBy, CancellationToken cancellationToken)
    {
        var target = BookableTarget.Read(content, guesthouse, content.Current.Snapshot.DefaultCulture);
        var roomType = target?.RoomTypes.FirstOrDefault(r => r.Key == request.RoomType);
        if (roomType is null)
        {
            return (BlockOperationStatus.UnknownRoomType, null);
        }

        var today = BookingClock.Today(clock, options.Value);
        if (request.Nights < 1 || request.Rooms < 1 || request.FirstNight < today
            || request.FirstNight.AddDays(request.Nights) > today.AddDays(options.Value.BlockHorizonDays))
        {
            return (BlockOperationStatus.InvalidDates, null);
        }

        var plan = new Reservation.Plan(roomType.Resource, request.FirstNight, request.Nights, request.Rooms, roomType.Rooms);
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var block = New(guesthouse, roomType.Key, plan, request.Source, request.Note, createdBy.Name);
                block.CreatedByKey = createdBy.Key;
                if (await Reservation.HoldAsync(db, plan, block.Id, cancellationToken) is { } full)
                {
                    return (BlockOperationStatus.Full, full);
                }

                db.RoomBlocks.Add(block);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return (BlockOperationStatus.Success, null);
            }
            catch (Exception exception) when (UniqueConflict.Is(exception) && attempt < MaxAttempts)
            {
                // A booking took the same unit between the read and the commit: read again.
                await Task.Delay(Random.Shared.Next(5, 30), cancellationToken);
            }
        }
    }

    /// <summary>Removes a block of this guesthouse and gives its rooms back to the site.</summary>
    public async Task<BlockOperationStatus> RemoveAsync(Guid guesthouse, Guid blockId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var removed = await db.RoomBlocks.Where(b => b.Id == blockId && b.ContentId == guesthouse).ExecuteDeleteAsync(cancellationToken);
        if (removed == 0)
        {
            return BlockOperationStatus.NotFound;
        }

        await Reservation.ReleaseAsync(db, blockId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return BlockOperationStatus.Success;
    }

    /// <summary>The guesthouse's blocks that are not over yet, soonest first.</summary>
    public async Task<IReadOnlyList<RoomBlockEntity>> ListAsync(Guid guesthouse, CancellationToken cancellationToken)
    {
        var today = BookingClock.Today(clock, options.Value);
        var blocks = await db.RoomBlocks.AsNoTracking().Where(b => b.ContentId == guesthouse).ToListAsync(cancellationToken);
        return blocks.Where(b => b.FirstNight.AddDays(b.Nights) > today).OrderBy(b => b.FirstNight).ThenBy(b => b.CreatedUtc).ToList();
    }

    internal RoomBlockEntity New(Guid guesthouse, Guid roomType, Reservation.Plan plan, BlockSource source, string? note, string createdBy) => new()
    {
        Id = Guid.NewGuid(),
        ContentId = guesthouse,
        RoomType = roomType,
        Resource = plan.Resource,
        FirstNight = plan.FirstNight,
        Nights = plan.Nights,
        Rooms = plan.Units,
        Source = source,
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim()[..Math.Min(note.Trim().Length, 500)],
        CreatedBy = createdBy,
        CreatedUtc = clock.GetUtcNow().UtcDateTime,
    };
}
