namespace ZhuwaGen.Tourism.Cms.Mail;

/// <summary>The SMTP server for outgoing mail ("Smtp"). Without a host, mail is written to App_Data/mail-pickup.</summary>
public sealed class SmtpOptions
{
    public const string SectionName = "Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string From { get; set; } = "noreply@localhost";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>Upgrade the connection with STARTTLS (required when true); false sends in plain text, for a local relay.</summary>
    public bool UseStartTls { get; set; } = true;

    /// <summary>Where .eml files go when no host is set; relative paths are from the application root.</summary>
    public string PickupDirectory { get; set; } = Path.Combine("App_Data", "mail-pickup");

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
