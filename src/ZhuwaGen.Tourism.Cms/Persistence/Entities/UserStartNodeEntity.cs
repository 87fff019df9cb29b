namespace ZhuwaGen.Tourism.Cms.Persistence.Entities;

/// <summary>
/// A document a user's access starts at, as Umbraco's user start nodes (<c>documentStartNodeIds</c>): a guesthouse
/// owner is bound to the guesthouse documents listed here and sees the bookings of those (and anything under them).
/// </summary>
public sealed class UserStartNodeEntity
{
    public int Id { get; set; }

    public int UserId { get; set; }

    public Guid DocumentKey { get; set; }
}
