namespace ZhuwaGen.Tourism.Forms.Hosting;

/// <summary>
/// The key of the clock Forms reads (reply deadlines, cancel links, workflow backoff): the site's TimeProvider unless
/// a test registers its own under this key, so a test can move Forms' time without moving the CMS's.
/// </summary>
public static class FormsClock
{
    public const string Key = "forms";
}
