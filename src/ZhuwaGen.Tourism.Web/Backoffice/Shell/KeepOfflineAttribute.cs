using Microsoft.AspNetCore.Mvc.Filters;

namespace ZhuwaGen.Tourism.Web.Backoffice.Shell;

/// <summary>
/// Marks a screen the back-office service worker may keep on the phone, to show it when there is no signal (the
/// response header <c>Backoffice-Offline: keep</c>). Only screens an editor or owner needs at a stop with no signal
/// carry it; sign-in, account and administration screens never do, so their contents are never kept.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class KeepOfflineAttribute : ResultFilterAttribute
{
    public const string Header = "Backoffice-Offline";

    public override void OnResultExecuting(ResultExecutingContext context)
    {
        if (HttpMethods.IsGet(context.HttpContext.Request.Method))
        {
            context.HttpContext.Response.Headers[Header] = "keep";
        }
    }
}
