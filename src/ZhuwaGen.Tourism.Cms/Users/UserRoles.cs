namespace ZhuwaGen.Tourism.Cms.Users;

/// <summary>Back-office roles: admin, editor (publishes), writer (saves drafts), guesthouse owner (no content).</summary>
public static class UserRoles
{
    public const string Admin = "admin";
    public const string Editor = "editor";
    public const string Writer = "writer";
    public const string GuesthouseOwner = "guesthouseOwner";

    public static IReadOnlyList<string> All { get; } = [Admin, Editor, Writer, GuesthouseOwner];

    public static bool IsRole(string? role) => role is not null && All.Contains(role, StringComparer.Ordinal);
}
