using System.Globalization;
using ZhuwaGen.Tourism.Forms.Entries;

namespace ZhuwaGen.Tourism.Forms.Bookings;

/// <summary>What a booking form asks for, read from its stable field aliases.</summary>
public sealed record BookingRequest(
    string Name, string? Email, string? Phone, DateOnly? CheckIn, DateOnly? CheckOut, string? RoomType, string? Slot, int Guests)
{
    public static class Aliases
    {
        public const string Name = "name";
        public const string Phone = "phone";
        public const string Email = "email";
        public const string CheckIn = "checkIn";
        public const string CheckOut = "checkOut";
        public const string RoomType = "roomType";
        public const string Guests = "guests";
        public const string Slot = "slot";
        public const string Consent = "consent";

        /// <summary>Every stable alias of a booking form; <see cref="Definitions.FormRules"/> keeps them from being renamed or removed.</summary>
        public static IReadOnlyList<string> All { get; } = [Name, Phone, Email, CheckIn, CheckOut, RoomType, Guests, Slot, Consent];
    }

    public static BookingRequest From(IReadOnlyDictionary<string, string[]> values)
    {
        string? One(string alias) => values.TryGetValue(alias, out var v) && v.Length > 0 ? v[0] : null;
        DateOnly? Date(string alias) => One(alias) is { } text && EntryValidator.TryDate(text, out var date) ? date : null;
        var guests = int.TryParse(One(Aliases.Guests), NumberStyles.Integer, CultureInfo.InvariantCulture, out var g) && g > 0 ? g : 1;
        return new BookingRequest(
            One(Aliases.Name) ?? string.Empty, One(Aliases.Email), One(Aliases.Phone),
            Date(Aliases.CheckIn), Date(Aliases.CheckOut), One(Aliases.RoomType), One(Aliases.Slot), guests);
    }
}
