namespace ZhuwaGen.Tourism.Web.Site.Maps;

/// <summary>A latitude and longitude in degrees, in whichever datum the caller names (WGS-84, GCJ-02 or BD-09).</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude);
