namespace ZhuwaGen.Tourism.Cms.Hosting;

/// <summary>
/// Endpoint metadata: directives the host appends to the HTML Content-Security-Policy of this endpoint's pages only,
/// for a page whose third-party code cannot do without them (and says why where it is used).
/// </summary>
public sealed record ContentSecurityPolicyAddition(string Directives);
