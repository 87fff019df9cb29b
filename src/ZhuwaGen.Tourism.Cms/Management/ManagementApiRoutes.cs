namespace ZhuwaGen.Tourism.Cms.Management;

public static class ManagementApiRoutes
{
    public const string Base = "/umbraco/management/api/v1";
    public const string Token = Base + "/security/back-office/token";
}
