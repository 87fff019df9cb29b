namespace ZhuwaGen.Tourism.Forms.Bookings;

/// <summary>
/// The manager who answered a booking or blocked rooms: the account's key, and its name as it was then, so the inbox,
/// the CSV and the mails can say who did it even after the account is renamed or removed.
/// </summary>
public sealed record Manager(Guid Key, string Name);
