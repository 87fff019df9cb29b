namespace ZhuwaGen.Tourism.Cms.Auditing;

/// <summary>Audit action names, after Umbraco's AuditType.</summary>
public static class AuditActions
{
    public const string New = "New";
    public const string Save = "Save";
    public const string Publish = "Publish";
    public const string Unpublish = "Unpublish";
    public const string Schedule = "Schedule";
    public const string ScheduledPublishFailed = "ScheduledPublishFailed";
    public const string RollBack = "RollBack";
    public const string Move = "Move";
    public const string Copy = "Copy";
    public const string Sort = "Sort";
    public const string Trash = "Trash";
    public const string Restore = "Restore";
    public const string Delete = "Delete";
    public const string SchemaImport = "SchemaImport";

    // Administration and sign-in security: no document; the details name the account or webhook.
    public const string TwoFactorOn = "TwoFactorOn";
    public const string TwoFactorOff = "TwoFactorOff";
    public const string UserNew = "UserNew";
    public const string UserSave = "UserSave";
    public const string UserDisable = "UserDisable";
    public const string UserEnable = "UserEnable";
    public const string UserUnlock = "UserUnlock";
    public const string ApiUserNew = "ApiUserNew";
    public const string ApiUserDelete = "ApiUserDelete";
    public const string WebhookNew = "WebhookNew";
    public const string WebhookSave = "WebhookSave";
    public const string WebhookDelete = "WebhookDelete";
    public const string WebhookReplay = "WebhookReplay";
}
