namespace ZhuwaGen.Tourism.Forms.Persistence;

/// <summary>One submitted form: its values as JSON (alias → string[]), the culture and page it came from, its state.</summary>
public sealed class EntryEntity
{
    public Guid Id { get; set; }

    public Guid FormId { get; set; }

    public string Culture { get; set; } = string.Empty;

    /// <summary>The page that hosted the form (the contract's contentId), when the client gave one.</summary>
    public Guid? ContentId { get; set; }

    public EntryState State { get; set; }

    public string ValuesJson { get; set; } = "{}";

    public string AdditionalDataJson { get; set; } = "{}";

    /// <summary>
    /// The words of each data-consent field the visitor ticked, in the language shown to them, as they read them then:
    /// a later edit of the form's text does not change what this person agreed to.
    /// </summary>
    public string? ConsentText { get; set; }

    /// <summary>The client's Idempotency-Key header: a retried submit with the same key answers the first entry.</summary>
    public string? IdempotencyKey { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    /// <summary>When the personal values were replaced after the retention period (the booking's or the entry's); null until then.</summary>
    public DateTime? AnonymisedUtc { get; set; }
}

public enum EntryState
{
    Submitted,
    Approved,
    Rejected,
}

/// <summary>
/// A workflow to run for an entry, written in the same transaction as the entry or its state change, so a crash or a
/// failing mail server never loses the notice; the runner retries it with backoff until it succeeds or gives up.
/// </summary>
public sealed class WorkflowOutboxEntity
{
    public long Id { get; set; }

    public Guid EntryId { get; set; }

    public Guid FormId { get; set; }

    public Guid WorkflowId { get; set; }

    public int Attempts { get; set; }

    public DateTime NextAttemptUtc { get; set; }

    /// <summary>Another runner (another instance) owns the row until then.</summary>
    public DateTime? LeasedUntilUtc { get; set; }

    public DateTime? CompletedUtc { get; set; }

    public bool GaveUp { get; set; }

    public string? LastError { get; set; }

    public DateTime CreatedUtc { get; set; }
}

/// <summary>A booking made by a form's reserve workflow: what is held, for whom, and where it stands.</summary>
public sealed class BookingEntity
{
    public Guid Id { get; set; }

    public Guid EntryId { get; set; }

    public Guid FormId { get; set; }

    /// <summary>The guesthouse, experience or event document.</summary>
    public Guid ContentId { get; set; }

    public string Reference { get; set; } = string.Empty;

    public BookingState State { get; set; }

    /// <summary>The held resource: a room type's block key, or a slot of an experience or event.</summary>
    public string Resource { get; set; } = string.Empty;

    public DateOnly FirstNight { get; set; }

    /// <summary>Nights for a stay (check-out excluded); 1 for a slot.</summary>
    public int Nights { get; set; }

    /// <summary>Rooms for a stay (always 1 here), places for a slot.</summary>
    public int Units { get; set; }

    public int Guests { get; set; }

    public string GuestName { get; set; } = string.Empty;

    public string? GuestEmail { get; set; }

    public string? GuestPhone { get; set; }

    public string Culture { get; set; } = string.Empty;

    /// <summary>A pending request is declined automatically after this moment.</summary>
    public DateTime? ReplyDeadlineUtc { get; set; }

    public string? OwnerMessage { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? DecidedUtc { get; set; }

    /// <summary>The account of the manager who confirmed, declined or cancelled it; null for expiry and the guest's own cancel.</summary>
    public Guid? DecidedByKey { get; set; }

    /// <summary>That manager's name when they answered (several may manage one guesthouse).</summary>
    public string? DecidedByName { get; set; }

    /// <summary>When the guest's name, phone and email were replaced after the retention period; null until then.</summary>
    public DateTime? AnonymisedUtc { get; set; }
}

public enum BookingState
{
    Pending,
    Confirmed,
    Declined,
    Expired,
    Cancelled,
}

/// <summary>
/// One unit of one resource on one night, held by a booking or by a manual block (<see cref="RoomBlockEntity"/>). The unique index on (resource, night, unit) is what makes
/// overbooking impossible: two transactions that pick the same free unit cannot both commit, on either database.
/// </summary>
public sealed class InventoryHoldEntity
{
    public long Id { get; set; }

    public string Resource { get; set; } = string.Empty;

    public DateOnly Night { get; set; }

    public int Unit { get; set; }

    /// <summary>The booking or the room block that holds the unit (both kinds of holder have Guid keys).</summary>
    public Guid BookingId { get; set; }
}
