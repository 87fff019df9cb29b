using Microsoft.Extensions.Options;
using MimeKit;
using ZhuwaGen.Tourism.Cms.Mail;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;

namespace ZhuwaGen.Tourism.Cms.Users;

/// <summary>
/// Tells an account's owner that a client was locked out of it after repeated wrong passwords. The message is queued
/// (<see cref="MailOutbox"/>), so the sign-in that caused it is answered as fast as any other wrong password and a
/// slow mail server stalls no request.
/// </summary>
public sealed class LockoutMail(MailOutbox outbox, IOptions<SmtpOptions> smtp)
{
    public const string Subject = "Sign-ins to your ZhuwaGen back-office account are paused";

    /// <param name="what">What was wrong: "password", or "two-factor code" (then the password was right).</param>
    public void Enqueue(UserEntity user, int failures, DateTimeOffset lockoutEnd, string what = "password")
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.Value.From));
        message.To.Add(new MailboxAddress(user.Name, user.Email));
        message.Subject = Subject;
        message.Body = new TextPart("plain")
        {
            Text = $"""
                Hello {user.Name},

                Someone entered a wrong {what} for your account {failures} times in a row, so sign-ins from where they
                came from are paused until {lockoutEnd.UtcDateTime:yyyy-MM-dd HH:mm} UTC. You can still sign in from
                your usual place with your password.

                If this was you, wait until then and try again. {(what == "password"
                    ? "If it was not, your password held; consider changing it to a long one you use nowhere else, and tell the site's administrator."
                    : "If it was not, someone knows your password: change it now, and tell the site's administrator.")}
                """,
        };
        outbox.Enqueue(message);
    }
}
