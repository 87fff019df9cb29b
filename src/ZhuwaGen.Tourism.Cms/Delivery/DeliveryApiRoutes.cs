namespace ZhuwaGen.Tourism.Cms.Delivery;

public static class DeliveryApiRoutes
{
    public const string Base = "/umbraco/delivery/api/v2";
    public const string Content = Base + "/content";
    public const string Media = Base + "/media";
}
