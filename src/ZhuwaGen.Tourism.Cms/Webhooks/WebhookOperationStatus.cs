namespace ZhuwaGen.Tourism.Cms.Webhooks;

public enum WebhookOperationStatus
{
    Success,
    NotFound,
    InvalidUrl,
    NoEvents,
    UnknownEvent,
    InvalidHeader,
    InvalidContentTypeAlias,
    InvalidContentTypeKey,
    InvalidName,
    InvalidDescription,
}
