namespace ZhuwaGen.Tourism.Web.Site.Maps;

/// <summary>
/// Converts WGS-84 (what the content stores, what GPS and <c>geo:</c> URIs use) to GCJ-02 (the datum Chinese maps such
/// as Amap and Tencent Maps draw in) and on to BD-09 (Baidu's). The published formulas: the GCJ-02 offset is a
/// polynomial-and-sine approximation on the Krasovsky ellipsoid, and it applies only inside China; BD-09 adds a
/// small rotation and shift to GCJ-02.
/// </summary>
public static class ChinaCoordinates
{
    private const double SemiMajorAxis = 6378245.0;
    private const double Eccentricity2 = 0.00669342162296594323;
    private const double BaiduXPi = Math.PI * 3000.0 / 180.0;

    public static GeoPoint WgsToGcj(GeoPoint wgs)
    {
        if (IsOutsideChina(wgs))
        {
            return wgs;
        }

        var (dLat, dLng) = Offset(wgs);
        return new GeoPoint(wgs.Latitude + dLat, wgs.Longitude + dLng);
    }

    public static GeoPoint GcjToBd(GeoPoint gcj)
    {
        var x = gcj.Longitude;
        var y = gcj.Latitude;
        var z = Math.Sqrt((x * x) + (y * y)) + (0.00002 * Math.Sin(y * BaiduXPi));
        var theta = Math.Atan2(y, x) + (0.000003 * Math.Cos(x * BaiduXPi));
        return new GeoPoint((z * Math.Sin(theta)) + 0.006, (z * Math.Cos(theta)) + 0.0065);
    }

    public static GeoPoint WgsToBd(GeoPoint wgs) => GcjToBd(WgsToGcj(wgs));

    /// <summary>Outside China's bounding box the maps use WGS-84 unchanged.</summary>
    public static bool IsOutsideChina(GeoPoint point) =>
        point.Longitude is < 72.004 or > 137.8347 || point.Latitude is < 0.8293 or > 55.8271;

    private static (double Lat, double Lng) Offset(GeoPoint wgs)
    {
        var x = wgs.Longitude - 105.0;
        var y = wgs.Latitude - 35.0;
        var dLat = TransformLatitude(x, y);
        var dLng = TransformLongitude(x, y);
        var radLat = wgs.Latitude / 180.0 * Math.PI;
        var magic = 1 - (Eccentricity2 * Math.Sin(radLat) * Math.Sin(radLat));
        var sqrtMagic = Math.Sqrt(magic);
        dLat = dLat * 180.0 / (SemiMajorAxis * (1 - Eccentricity2) / (magic * sqrtMagic) * Math.PI);
        dLng = dLng * 180.0 / (SemiMajorAxis / sqrtMagic * Math.Cos(radLat) * Math.PI);
        return (dLat, dLng);
    }

    private static double TransformLatitude(double x, double y)
    {
        var result = -100.0 + (2.0 * x) + (3.0 * y) + (0.2 * y * y) + (0.1 * x * y) + (0.2 * Math.Sqrt(Math.Abs(x)));
        result += ((20.0 * Math.Sin(6.0 * x * Math.PI)) + (20.0 * Math.Sin(2.0 * x * Math.PI))) * 2.0 / 3.0;
        result += ((20.0 * Math.Sin(y * Math.PI)) + (40.0 * Math.Sin(y / 3.0 * Math.PI))) * 2.0 / 3.0;
        result += ((160.0 * Math.Sin(y / 12.0 * Math.PI)) + (320.0 * Math.Sin(y * Math.PI / 30.0))) * 2.0 / 3.0;
        return result;
    }

    private static double TransformLongitude(double x, double y)
    {
        var result = 300.0 + x + (2.0 * y) + (0.1 * x * x) + (0.1 * x * y) + (0.1 * Math.Sqrt(Math.Abs(x)));
        result += ((20.0 * Math.Sin(6.0 * x * Math.PI)) + (20.0 * Math.Sin(2.0 * x * Math.PI))) * 2.0 / 3.0;
        result += ((20.0 * Math.Sin(x * Math.PI)) + (40.0 * Math.Sin(x / 3.0 * Math.PI))) * 2.0 / 3.0;
        result += ((150.0 * Math.Sin(x / 12.0 * Math.PI)) + (300.0 * Math.Sin(x / 30.0 * Math.PI))) * 2.0 / 3.0;
        return result;
    }
}
