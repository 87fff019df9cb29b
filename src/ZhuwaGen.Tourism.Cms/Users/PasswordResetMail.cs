using Microsoft.Extensions.Options;
using MimeKit;
using ZhuwaGen.Tourism.Cms.Mail;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;

namespace ZhuwaGen.Tourism.Cms.Users;

/// <summary>The mail with a password reset link (or, without a configured site address, the code to paste), in Chinese and English.</summary>
public sealed class PasswordResetMail(MailOutbox outbox, IOptions<SmtpOptions> smtp, IOptions<PasswordResetOptions> options)
{
    public const string Subject = "重设竹瓦根后台密码 / Reset your ZhuwaGen back-office password";
    public const string ResetPath = "/umbraco/login/reset";

    public void Enqueue(UserEntity user, string token)
    {
        var minutes = (int)options.Value.LinkLifetime.TotalMinutes;
        var where = options.Value.ApplicationUrl is { Length: > 0 } site
            ? $"{site.TrimEnd('/')}{ResetPath}?token={Uri.EscapeDataString(token)}"
            : $"{ResetPath}\n\n{token}";
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.Value.From));
        message.To.Add(new MailboxAddress(user.Name, user.Email));
        message.Subject = Subject;
        message.Body = new TextPart("plain")
        {
            Text = $"""
                {user.Name}，您好：

                有人请求重设您的后台账户密码。如果是您本人，请在 {minutes} 分钟内打开下面的链接（或在重设页面粘贴这段代码），设置新密码：

                Hello {user.Name},

                Someone asked to reset the password of your back-office account. If it was you, open this within
                {minutes} minutes (or paste the code on the reset page) to choose a new password:

                {where}

                如果不是您本人，请忽略此邮件，您的密码不会改变。If it was not you, ignore this mail: your password stays as it is.
                """,
        };
        outbox.Enqueue(message);
    }
}
