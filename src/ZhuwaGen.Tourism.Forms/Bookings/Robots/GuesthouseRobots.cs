using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Webhooks;
using ZhuwaGen.Tourism.Forms.Definitions;
using ZhuwaGen.Tourism.Forms.Hosting;
using ZhuwaGen.Tourism.Forms.Persistence;
using ZhuwaGen.Tourism.Forms.Workflows;

namespace ZhuwaGen.Tourism.Forms.Bookings.Robots;

public enum RobotOperationStatus
{
    Success,
    InvalidKind,
    InvalidUrl,
    NotSet,
    SendFailed,
}

/// <summary>
/// Each guesthouse's group robot: saved by its managers, read by the robot workflow (<c>[#guesthouseRobot]</c>) and by
/// the settings screen's test message. The URL is typed by an owner, so it is checked like a webhook target — https
/// only, and no address inside the site's network — when saved and again at every send, by the webhooks' connector
/// (<see cref="ClientName"/>), which connects to the address it checked. <c>Umbraco:CMS:Webhook:AllowPrivateTargets</c>
/// (development) lifts the address check and also accepts http.
/// </summary>
public sealed class GuesthouseRobots(
    FormsDbContext db, IHttpClientFactory clients, IOptionsMonitor<WebhookOptions> webhooks, [FromKeyedServices(FormsClock.Key)] TimeProvider clock)
{
    public const string ClientName = "guesthouse-robots";
    public const string Placeholder = "[#guesthouseRobot]";

    public static IReadOnlyList<WorkflowKind> Kinds { get; } = [WorkflowKind.WeComRobot, WorkflowKind.DingTalkRobot, WorkflowKind.FeishuRobot];

    public async Task<GuesthouseRobotEntity?> FindAsync(Guid guesthouse, CancellationToken cancellationToken) =>
        await db.GuesthouseRobots.AsNoTracking().FirstOrDefaultAsync(r => r.ContentId == guesthouse, cancellationToken);

    public async Task<RobotOperationStatus> SaveAsync(Guid guesthouse, WorkflowKind kind, string? url, Bookings.Manager by, CancellationToken cancellationToken)
    {
        if (!Kinds.Contains(kind))
        {
            return RobotOperationStatus.InvalidKind;
        }

        if (Refusal(url?.Trim()) is not null)
        {
            return RobotOperationStatus.InvalidUrl;
        }

        var robot = await db.GuesthouseRobots.FirstOrDefaultAsync(r => r.ContentId == guesthouse, cancellationToken);
        if (robot is null)
        {
            robot = new GuesthouseRobotEntity { ContentId = guesthouse };
            db.GuesthouseRobots.Add(robot);
        }

        robot.Kind = kind;
        robot.Url = url!.Trim();
        robot.UpdatedByKey = by.Key;
        robot.UpdatedBy = by.Name;
        robot.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return RobotOperationStatus.Success;
    }

    public async Task<RobotOperationStatus> RemoveAsync(Guid guesthouse, CancellationToken cancellationToken) =>
        await db.GuesthouseRobots.Where(r => r.ContentId == guesthouse).ExecuteDeleteAsync(cancellationToken) == 0
            ? RobotOperationStatus.NotSet
            : RobotOperationStatus.Success;

    /// <summary>Why <paramref name="url"/> may not be a robot's address, or null when it may.</summary>
    public string? Refusal(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return "Not an absolute URL.";
        }

        var allowPrivate = webhooks.CurrentValue.AllowPrivateTargets;
        if (uri.Scheme != Uri.UriSchemeHttps && !(allowPrivate && uri.Scheme == Uri.UriSchemeHttp))
        {
            return "Only https addresses.";
        }

        return WebhookTargetPolicy.Refusal(uri, allowPrivate);
    }

    /// <summary>Sends <paramref name="text"/> to the robot in its own message format; throws when refused, unreachable or answered with an error.</summary>
    public async Task SendAsync(GuesthouseRobotEntity robot, string text, bool markdown, CancellationToken cancellationToken)
    {
        if (Refusal(robot.Url) is { } refusal)
        {
            throw new HttpRequestException("Refused: " + refusal);
        }

        using var response = await clients.CreateClient(ClientName).PostAsJsonAsync(robot.Url, RobotWorkflow.Payload(robot.Kind, text, markdown), cancellationToken);
        await RobotWorkflow.EnsureAcceptedAsync(robot.Kind, response, cancellationToken);
    }

    /// <summary>The settings screen's "send a test message": answers at once whether the group got it.</summary>
    public async Task<(RobotOperationStatus Status, string? Error)> SendTestAsync(Guid guesthouse, string text, CancellationToken cancellationToken)
    {
        if (await FindAsync(guesthouse, cancellationToken) is not { } robot)
        {
            return (RobotOperationStatus.NotSet, null);
        }

        try
        {
            await SendAsync(robot, text, markdown: false, cancellationToken);
            return (RobotOperationStatus.Success, null);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return (RobotOperationStatus.SendFailed, exception.GetBaseException().Message);
        }
    }
}
