namespace ZhuwaGen.Tourism.Forms.Api;

/// <summary>Bound from "Umbraco:Forms", with Umbraco Forms' own key names.</summary>
public sealed class FormsApiOptions
{
    public const string SectionName = "Umbraco:Forms";

    public OptionsSection Options { get; set; } = new();

    public SecuritySection Security { get; set; } = new();

    public sealed class OptionsSection
    {
        /// <summary>Umbraco's default is off; this site serves its forms to other clients, so it is on unless turned off.</summary>
        public bool EnableFormsApi { get; set; } = true;
    }

    public sealed class SecuritySection
    {
        /// <summary>Browsers send the antiforgery token (header RequestVerificationToken).</summary>
        public bool EnableAntiForgeryTokenForFormsApi { get; set; } = true;

        /// <summary>Server-to-server clients send it in the Api-Key header instead of an antiforgery token.</summary>
        public string? FormsApiKey { get; set; }

        /// <summary>Entry posts per client address per minute (this site's addition; 429 beyond).</summary>
        public int EntriesPerClientPerMinute { get; set; } = 10;
    }
}
