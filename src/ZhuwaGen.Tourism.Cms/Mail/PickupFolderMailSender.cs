using MimeKit;
using ZhuwaGen.Tourism.Cms.Hosting;

namespace ZhuwaGen.Tourism.Cms.Mail;

/// <summary>
/// Without an SMTP server, each message becomes an .eml file in the pickup folder (App_Data/mail-pickup unless
/// Smtp:PickupDirectory says otherwise): nothing is lost, an operator (or a test) can open it, and a mail relay can
/// be pointed at the folder later.
/// </summary>
internal sealed class PickupFolderMailSender(CmsPaths paths, SmtpOptions options) : IMailSender
{
    public string Folder => paths.Resolve(options.PickupDirectory);

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var file = Path.Combine(Folder, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");

        // Written under a temporary name and renamed, so a relay watching the folder never picks up half a message.
        var partial = file + ".tmp";
        await message.WriteToAsync(partial, cancellationToken);
        File.Move(partial, file);
    }
}
