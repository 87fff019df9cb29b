namespace ZhuwaGen.Tourism.Web.Install;

/// <summary>Umbraco's unattended-install settings for the first administrator ("Umbraco:CMS:Unattended").</summary>
internal sealed class UnattendedOptions
{
    public const string SectionName = "Umbraco:CMS:Unattended";

    public string? UnattendedUserName { get; set; }

    public string? UnattendedUserEmail { get; set; }

    public string? UnattendedUserPassword { get; set; }

    public bool IsComplete =>
        !string.IsNullOrWhiteSpace(UnattendedUserName)
        && !string.IsNullOrWhiteSpace(UnattendedUserEmail)
        && !string.IsNullOrWhiteSpace(UnattendedUserPassword);
}
