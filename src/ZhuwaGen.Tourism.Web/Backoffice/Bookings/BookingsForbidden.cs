using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Bookings;

/// <summary>
/// Marks a screen whose signed-in but unentitled visitors get <see cref="BookingsForbidden"/>'s page, saying what
/// <paramref name="messageKey"/> (an <c>InboxStrings</c> key) says.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ForbiddenAsPageAttribute(string messageKey = ForbiddenAsPageAttribute.OwnersAndAdmins) : Attribute
{
    public const string OwnersAndAdmins = "ForbiddenMessage";
    public const string AdminsOnly = "ForbiddenAdminsOnly";

    public string MessageKey { get; } = messageKey;
}

/// <summary>
/// A signed-in editor or writer who opens an inbox screen is answered 403 with a page in their language saying the
/// screen is for guesthouse owners and administrators, rather than the cookie's redirect to sign-in, which would
/// look like being signed out. Anonymous visitors and every other endpoint keep ASP.NET Core's default answer.
/// </summary>
public sealed class BookingsForbidden : IAuthorizationMiddlewareResultHandler
{
    private const string View = "~/Backoffice/Bookings/Forbidden.cshtml";
    private readonly AuthorizationMiddlewareResultHandler defaults = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!authorizeResult.Forbidden
            || context.User.Identity?.IsAuthenticated != true
            || context.GetEndpoint()?.Metadata.GetMetadata<ForbiddenAsPageAttribute>() is not { } marker)
        {
            return defaults.HandleAsync(next, context, policy, authorizeResult);
        }

        var text = ShellContext.Text(context);
        var strings = InboxText.Of(text);
        context.Response.Headers.CacheControl = "no-store";
        var page = new MessagePage { Text = text, Title = strings["ForbiddenTitle"], Message = strings[marker.MessageKey], Tabs = Section.For(context.User) };
        var result = new ViewResult
        {
            ViewName = View,
            StatusCode = StatusCodes.Status403Forbidden,
            ViewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), new ModelStateDictionary()) { Model = page },
        };
        return result.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
    }
}
