namespace ZhuwaGen.Tourism.Cms.Users;

/// <summary>Back-office roles: admin, editor (publishes), writer (saves drafts), guesthouse owner (no content).</summary>
public static class UserRoles
{
    public const string Admin = "admin";
    public const string Editor = "editor";
    public const string Writer = "writer";
    public const string GuesthouseOwner = "guesthouseOwner";
}
