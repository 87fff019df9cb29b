using System.Net;
using Newtonsoft.Json.Linq;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Backoffice;

/// <summary>The media picker on the edit screen: a photo found by name with its thumbnail, a focal point, published.</summary>
public sealed class MediaPickerTests
{
    [Theory, BothProviders]
    public async Task A_photo_picked_by_name_with_a_focal_point_is_published_and_served_by_the_delivery_api(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider);
        await using var _ = database;
        await using var __ = site.Start();
        using var editor = await BackofficeClients.AsAsync(site, UserRoles.Editor);
        var photo = await UploadAsync(site, "学尼村果园 orchard");
        var path = await BackofficeClients.XueniAsync(editor);
        var xueni = PickerScreens.KeyOf(path);

        await EventuallyAsync(() => editor.GetStringAsync("/umbraco/photos?q=orchard"), p => p.Contains("学尼村果园"));
        var picker = await PickerScreens.OpenAsync(editor, await editor.GetStringAsync(path + "?culture=en"), "photos", "orchard");
        Assert.Contains("?width=", picker);
        var back = await PickerScreens.ChooseAsync(editor, picker, photo);
        Assert.Contains("name=\"v.photos.0.left\"", back);
        Assert.Contains(">hero crop (1600×900)</label>", back);
        Assert.Equal("1", BackofficeForm.Read(back)["v.photos.0.crop.hero"]);
        using var published = await BackofficeForm.Read(back).Set("v.photos.0.left", "25").Set("v.photos.0.top", "70")
            .Set("v.photos.0.crop.hero", "2").PostAsync(editor, "publish");
        var after = await editor.GetStringAsync(published.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains("name=\"v.photos.0.left\" type=\"text\" inputmode=\"decimal\" value=\"25\"", after);
        var delivered = await EventuallyAsync(
            async () => JObject.Parse(await site.CreateClient().GetStringAsync($"/umbraco/delivery/api/v2/content/item/{xueni}")),
            json => json["properties"]?["photos"] is JArray { Count: > 0 } picks && picks.Any(p => p["id"]?.ToString() == photo.ToString()));
        var pick = ((JArray)delivered["properties"]!["photos"]!).Single(p => p["id"]!.ToString() == photo.ToString());
        Assert.Equal(0.25m, pick["focalPoint"]!["left"]!.Value<decimal>());
        Assert.Equal(0.7m, pick["focalPoint"]!["top"]!.Value<decimal>());
        // Zoom 2 on a 4:3 photo: a 16:9 box half as wide, around the focal point and kept inside the photo.
        var hero = pick["crops"]!.Single(c => c["alias"]!.ToString() == "hero")["coordinates"]!;
        Assert.Equal([0m, 0.5125m, 0.5m, 0.1125m], new[] { "x1", "y1", "x2", "y2" }.Select(k => hero[k]!.Value<decimal>()));
        Assert.Equal(JTokenType.Null, pick["crops"]!.Single(c => c["alias"]!.ToString() == "card")["coordinates"]!.Type);
        Assert.Equal("2", BackofficeForm.Read(after)["v.photos.0.crop.hero"]);
        Assert.Contains("viewBox=\"0 384.4 500 281.3\"", after);

        using var whole = await BackofficeForm.Read(after).Set("v.photos.0.crop.hero", "1").PostAsync(editor);
        Assert.Equal("1", BackofficeForm.Read(await editor.GetStringAsync(whole.Headers.Location!.OriginalString))["v.photos.0.crop.hero"]);
    }

    public static async Task<Guid> UploadAsync(SiteFactory site, string name)
    {
        using var image = new Image<Rgba32>(320, 240, new Rgba32(40, 120, 70));
        using var png = new MemoryStream();
        await image.SaveAsPngAsync(png);
        png.Position = 0;
        Guid key = default;
        await site.WithScopeAsync<MediaLibraryService>(async library =>
        {
            var result = await library.UploadAsync(new MediaUpload("orchard.png", png, Name: name), "test", CancellationToken.None);
            Assert.Equal(MediaOperationStatus.Success, result.Status);
            key = result.Media!.Key;
        });
        return key;
    }

    // Media and the Delivery API are updated from the change log after the commit, not by the request itself.
    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var value = await read();
        for (var i = 0; i < 100 && !done(value); i++)
        {
            await Task.Delay(100);
            value = await read();
        }

        Assert.True(done(value), $"never reached: {value}");
        return value;
    }
}
