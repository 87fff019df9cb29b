namespace ZhuwaGen.Tourism.Cms.Hosting;

/// <summary>Start-up cannot go on (a broken umbraco.config, a refused import); the message says what to fix.</summary>
public sealed class CmsStartupException(string message) : Exception(message);
