using Microsoft.AspNetCore.Mvc;
using ZhuwaGen.Tourism.Forms.Bookings.Robots;
using ZhuwaGen.Tourism.Forms.Definitions;
using ZhuwaGen.Tourism.Forms.Hosting;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Bookings;

/// <summary>
/// A guesthouse's own group robot (WeCom, DingTalk or Feishu), set by its managers: the stay form's robot workflow
/// alerts this group about the guesthouse's requests. Saving checks the address (https, nothing inside the site's
/// network); "send a test message" posts to it at once and says whether the group got it. Another owner's guesthouse is 404.
/// </summary>
public sealed class RobotController(GuesthouseAccess access, GuesthouseRobots robots, [FromKeyedServices(FormsClock.Key)] TimeProvider clock) : BookingsController
{
    public static string Path(Guid guesthouse) => BackofficeRoutes.Stay(guesthouse) + "/robot";

    [HttpGet("/umbraco/bookings/stays/{key:guid}/robot")]
    public async Task<IActionResult> ShowAsync(Guid key, string? done, string? error, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(User, key, ShellContext.Text(HttpContext).Language, cancellationToken) is not { } guesthouse)
        {
            return NotFound();
        }

        var robot = await robots.FindAsync(key, cancellationToken);
        var strings = InboxText.Of(ShellContext.Text(HttpContext));
        return Screen(guesthouse, robot?.Kind ?? WorkflowKind.WeComRobot, robot?.Url, robot is not null,
            done is "saved" or "removed" or "tested" ? strings.Format("Robot_" + done, ShellContext.Text(HttpContext).Time(ShanghaiTime.FromUtc(clock.GetUtcNow().UtcDateTime))) : null,
            error is "notSet" ? strings["Robot_notSet"] : null);
    }

    [HttpPost("/umbraco/bookings/stays/{key:guid}/robot")]
    public async Task<IActionResult> SaveAsync(Guid key, [FromForm] WorkflowKind kind, [FromForm] string? url, [FromForm] string? action, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(User, key, ShellContext.Text(HttpContext).Language, cancellationToken) is not { } guesthouse)
        {
            return NotFound();
        }

        if (action == "remove")
        {
            await robots.RemoveAsync(key, cancellationToken);
            return Redirect(Path(key) + "?done=removed");
        }

        var status = await robots.SaveAsync(key, kind, url, CurrentManager.Of(User), cancellationToken);
        if (status == RobotOperationStatus.Success)
        {
            return Redirect(Path(key) + "?done=saved");
        }

        // What was typed stays in the field, with what to fix beside it; nothing is saved.
        var strings = InboxText.Of(ShellContext.Text(HttpContext));
        var result = Screen(guesthouse, kind, url, await robots.FindAsync(key, cancellationToken) is not null, null,
            status == RobotOperationStatus.InvalidKind ? strings["Robot_badKind"] : strings["Robot_badUrl"]);
        result.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return result;
    }

    [HttpPost("/umbraco/bookings/stays/{key:guid}/robot/test")]
    public async Task<IActionResult> TestAsync(Guid key, CancellationToken cancellationToken)
    {
        var text = ShellContext.Text(HttpContext);
        if (await access.FindAsync(User, key, text.Language, cancellationToken) is not { } guesthouse)
        {
            return NotFound();
        }

        var strings = InboxText.Of(text);
        var (status, error) = await robots.SendTestAsync(key, strings.Format("Robot_testMessage", guesthouse.Name, CurrentManager.Of(User).Name), cancellationToken);
        if (status == RobotOperationStatus.SendFailed)
        {
            var robot = await robots.FindAsync(key, cancellationToken);
            var failed = Screen(guesthouse, robot!.Kind, robot.Url, true, null, strings.Format("Robot_testFailed", error));
            failed.StatusCode = StatusCodes.Status502BadGateway;
            return failed;
        }

        return Redirect(Path(key) + (status == RobotOperationStatus.Success ? "?done=tested" : "?error=notSet"));
    }

    private ViewResult Screen(ManagedGuesthouse guesthouse, WorkflowKind kind, string? url, bool isSet, string? notice, string? problem)
    {
        var text = ShellContext.Text(HttpContext);
        Response.Headers.CacheControl = "no-store";
        return View("~/Backoffice/Bookings/Robot.cshtml", new RobotPage
        {
            Text = text,
            Title = InboxText.Of(text)["RobotTitle"],
            CurrentTab = Section.Bookings,
            Tabs = Section.For(User),
            Guesthouse = guesthouse,
            Kind = kind,
            Url = url,
            IsSet = isSet,
            Notice = notice,
            Problem = problem,
        });
    }
}

public sealed class RobotPage : ShellPage
{
    public required ManagedGuesthouse Guesthouse { get; init; }

    public required WorkflowKind Kind { get; init; }

    public required string? Url { get; init; }

    /// <summary>A robot is saved for the guesthouse (so it can be tested or removed).</summary>
    public required bool IsSet { get; init; }

    public string? Notice { get; init; }

    public string? Problem { get; init; }
}
