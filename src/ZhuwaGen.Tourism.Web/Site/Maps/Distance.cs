namespace ZhuwaGen.Tourism.Web.Site.Maps;

/// <summary>Great-circle distance between two WGS-84 points (haversine on a sphere of the Earth's mean radius).</summary>
public static class Distance
{
    private const double EarthRadiusKm = 6371.0088;

    public static double Kilometres(GeoPoint a, GeoPoint b)
    {
        var dLat = Radians(b.Latitude - a.Latitude);
        var dLng = Radians(b.Longitude - a.Longitude);
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(Radians(a.Latitude)) * Math.Cos(Radians(b.Latitude)) * Math.Sin(dLng / 2) * Math.Sin(dLng / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
