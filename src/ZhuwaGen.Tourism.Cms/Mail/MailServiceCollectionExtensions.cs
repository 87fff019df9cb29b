using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Hosting;

namespace ZhuwaGen.Tourism.Cms.Mail;

public static class MailServiceCollectionExtensions
{
    /// <summary>Outgoing mail: SMTP when the "Smtp" section names a host, otherwise .eml files in App_Data/mail-pickup.</summary>
    public static IServiceCollection AddMail(this IServiceCollection services)
    {
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.SectionName)
            .Validate(o => !o.IsConfigured || (o.Port is > 0 and < 65536 && MimeKit.MailboxAddress.TryParse(o.From, out _)),
                "Smtp needs a Port between 1 and 65535 and a valid From address.")
            .ValidateOnStart();
        services.AddSingleton<IMailSender>(sp => sp.GetRequiredService<IOptions<SmtpOptions>>().Value.IsConfigured
            ? new SmtpMailSender(sp.GetRequiredService<IOptions<SmtpOptions>>())
            : new PickupFolderMailSender(sp.GetRequiredService<CmsPaths>(), sp.GetRequiredService<IOptions<SmtpOptions>>().Value));
        services.AddSingleton<MailOutbox>();
        services.AddHostedService<MailOutboxSender>();
        return services;
    }
}
