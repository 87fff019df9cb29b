namespace ZhuwaGen.Tourism.Cms.ContentTypes;

/// <summary>A tab or group of properties (Umbraco's PropertyGroup); <see cref="Type"/> is "Group" or "Tab".</summary>
public sealed record PropertyGroup(Guid Key, string Alias, string Caption, string Type, int SortOrder);
