using ZhuwaGen.Tourism.Web.Site.Maps;

namespace ZhuwaGen.Tourism.Tests.PublicSite;

/// <summary>
/// WGS-84 → GCJ-02 → BD-09 against published reference points: the WGS-84/GCJ-02 pairs of the eviltransform
/// project's test suite (Shanghai, Shenzhen, Beijing) and the WGS-84/GCJ-02/BD-09 points of gcoord's suite.
/// </summary>
public sealed class ChinaCoordinatesTests
{
    public static TheoryData<double, double, double, double> WgsToGcjReference => new()
    {
        { 31.1774276, 121.5272106, 31.17530398364597, 121.531541859215 },
        { 22.543847, 113.912316, 22.540796131694766, 113.9171764808363 },
        { 39.911954, 116.377817, 39.91334545536069, 116.38404722455657 },
    };

    [Theory]
    [MemberData(nameof(WgsToGcjReference))]
    public void Wgs84_to_gcj02_matches_the_reference_points(double wgsLat, double wgsLng, double gcjLat, double gcjLng)
    {
        var gcj = ChinaCoordinates.WgsToGcj(new GeoPoint(wgsLat, wgsLng));

        Assert.Equal(gcjLat, gcj.Latitude, 1e-9);
        Assert.Equal(gcjLng, gcj.Longitude, 1e-9);
    }

    [Fact]
    public void Gcj02_to_bd09_matches_the_reference_point()
    {
        var bd = ChinaCoordinates.GcjToBd(new GeoPoint(45, 123));

        Assert.Equal(45.00636899, bd.Latitude, 1e-7);
        Assert.Equal(123.00636499, bd.Longitude, 1e-7);
    }

    [Fact]
    public void Wgs84_to_gcj02_and_bd09_match_gcoords_reference_point()
    {
        var wgs = new GeoPoint(45, 123);

        var gcj = ChinaCoordinates.WgsToGcj(wgs);
        var bd = ChinaCoordinates.WgsToBd(wgs);

        Assert.Equal(45.00197815, gcj.Latitude, 1e-7);
        Assert.Equal(123.00607541, gcj.Longitude, 1e-7);
        Assert.Equal(45.0083293, bd.Latitude, 1e-6);
        Assert.Equal(123.0124491, bd.Longitude, 1e-6);
    }

    [Fact]
    public void Points_outside_china_are_not_shifted()
    {
        var paris = new GeoPoint(48.8566, 2.3522);

        Assert.Equal(paris, ChinaCoordinates.WgsToGcj(paris));
    }

    [Fact]
    public void A_stop_in_chayu_moves_by_the_gcj02_offset_of_a_few_hundred_metres()
    {
        var xueni = new GeoPoint(28.651, 97.4525);

        var gcj = ChinaCoordinates.WgsToGcj(xueni);
        var shift = Distance.Kilometres(xueni, gcj);

        Assert.InRange(shift, 0.1, 0.8);
    }
}
