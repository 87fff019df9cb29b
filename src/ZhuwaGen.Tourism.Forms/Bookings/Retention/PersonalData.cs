using System.Text.Json;
using ZhuwaGen.Tourism.Forms.Definitions;

namespace ZhuwaGen.Tourism.Forms.Bookings.Retention;

/// <summary>
/// Which stored values identify a person, and their replacement: the aliases every sample form uses for a person
/// (name, phone, email, message), every email or phone field whatever its alias, and every field marked sensitive.
/// </summary>
public static class PersonalData
{
    public const string Anonymised = "(anonymised)";
    private static readonly string[] PersonalAliases = [BookingRequest.Aliases.Name, BookingRequest.Aliases.Phone, BookingRequest.Aliases.Email, "message"];

    public static string Scrub(string valuesJson, FormDefinition? form)
    {
        var values = JsonSerializer.Deserialize<Dictionary<string, string[]>>(valuesJson) ?? [];
        var personal = new HashSet<string>(PersonalAliases, StringComparer.OrdinalIgnoreCase);
        personal.UnionWith(form?.Fields.Where(f => f.ContainsSensitiveData || f.Type is FieldType.Email or FieldType.Phone).Select(f => f.Alias) ?? []);
        foreach (var alias in values.Keys.Where(personal.Contains).ToList())
        {
            values[alias] = [Anonymised];
        }

        return JsonSerializer.Serialize(values);
    }
}
