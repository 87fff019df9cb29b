namespace ZhuwaGen.Tourism.Cms.Management.Security;

/// <summary>
/// Who may do what in the back-office and the Management API. Roles: admin (everything), editor (writes and
/// publishes content and media), writer (saves drafts and media, cannot publish), guesthouse owner (no content).
/// </summary>
public static class AuthorizationPolicies
{
    /// <summary>Read content, schema and media: admin, editor, writer.</summary>
    public const string ContentRead = "ContentRead";

    /// <summary>Create and save drafts, upload media: admin, editor, writer.</summary>
    public const string ContentWrite = "ContentWrite";

    /// <summary>Publish, unpublish, schedule, delete, move, sort, rollback: admin, editor.</summary>
    public const string ContentPublish = "ContentPublish";

    /// <summary>Users, API users, webhooks, schema export: admin.</summary>
    public const string Admin = "Admin";

    /// <summary>Any signed-in back-office user or API user, whatever the role (e.g. "who am I").</summary>
    public const string BackOfficeUser = "BackOfficeUser";
}
