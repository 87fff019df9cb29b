using System.Globalization;

namespace ZhuwaGen.Tourism.Cms.Delivery.Request;

/// <summary>
/// The <c>skip</c> and <c>take</c> query values of the Delivery API's lists (content and media): absent is the default,
/// anything but a non-negative integer is refused (400 "Invalid paging") rather than read as a default.
/// </summary>
public static class DeliveryPaging
{
    public const string Title = "Invalid paging";

    public static bool TryParse(string? value, int fallback, out int count)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            count = fallback;
            return true;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out count);
    }

    public static string Detail(string name, string? value) =>
        $"The '{name}' value '{value}' is not valid: the 'skip' and 'take' parameters must be non-negative integers.";
}
