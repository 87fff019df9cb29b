namespace ZhuwaGen.Tourism.Forms.Bookings;

public enum BookingOperationStatus
{
    Success,
    NotFound,

    /// <summary>Already confirmed, declined, expired or cancelled: a decision is made once.</summary>
    NotPending,
    AlreadyCancelled,
    InvalidToken,
    ExpiredToken,
}
