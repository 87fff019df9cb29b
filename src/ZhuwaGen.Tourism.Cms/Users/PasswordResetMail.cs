using Microsoft.Extensions.Options;
using MimeKit;
using ZhuwaGen.Tourism.Cms.Hosting;
using ZhuwaGen.Tourism.Cms.Mail;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;

namespace ZhuwaGen.Tourism.Cms.Users;

/// <summary>
/// The mails with a set-password link (or, without a configured site address, the code to paste), in Chinese and
/// English: the reset someone asked for, and the welcome of an account an administrator made.
/// </summary>
public sealed class PasswordResetMail(MailOutbox outbox, IOptions<SmtpOptions> smtp, IOptions<PasswordResetOptions> options, IOptions<WebRoutingOptions> site)
{
    public const string Subject = "重设竹瓦根后台密码 / Reset your ZhuwaGen back-office password";
    public const string InviteSubject = "您的竹瓦根后台账户：请设置密码 / Your ZhuwaGen back-office account: choose a password";
    public const string ResetPath = "/umbraco/login/reset";

    public void Enqueue(UserEntity user, string token)
    {
        var minutes = (int)options.Value.LinkLifetime.TotalMinutes;
        Send(user, Subject, $"""
            {user.Name}，您好：

            有人请求重设您的后台账户密码。如果是您本人，请在 {minutes} 分钟内打开下面的链接（或在重设页面粘贴这段代码），设置新密码：

            Hello {user.Name},

            Someone asked to reset the password of your back-office account. If it was you, open this within
            {minutes} minutes (or paste the code on the reset page) to choose a new password:

            {Where(token)}

            如果不是您本人，请忽略此邮件，您的密码不会改变。If it was not you, ignore this mail: your password stays as it is.
            """);
    }

    public void EnqueueInvite(UserEntity user, string token)
    {
        var days = Math.Max(1, (int)options.Value.InviteLinkLifetime.TotalDays);
        Send(user, InviteSubject, $"""
            {user.Name}，您好：

            管理员为您开设了竹瓦根后台账户，登录名是 {user.Email}。请在 {days} 天内打开下面的链接（或在设置密码页面粘贴这段代码），设置您自己的密码：

            Hello {user.Name},

            An administrator made you a ZhuwaGen back-office account; you sign in as {user.Email}. Open this within
            {days} days (or paste the code on the page) to choose your own password:

            {Where(token)}

            链接只能用一次。The link works once.
            """);
    }

    // Without a configured public address the mail carries the code to paste on the reset page instead of a link.
    private string Where(string token) => site.Value.PublicAddress is { } address
        ? $"{address}{ResetPath}?token={Uri.EscapeDataString(token)}"
        : $"{ResetPath}\n\n{token}";

    private void Send(UserEntity user, string subject, string text)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.Value.From));
        message.To.Add(new MailboxAddress(user.Name, user.Email));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = text };
        outbox.Enqueue(message);
    }
}
