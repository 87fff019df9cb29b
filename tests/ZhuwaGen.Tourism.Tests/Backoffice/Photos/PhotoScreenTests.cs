using System.Net;
using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Backoffice.Photos;

/// <summary>
/// The library kept for reuse: a photo's screen (alt text per language as the Delivery API reads it, "used by",
/// move, trash) and photos uploaded on a media picker's screen, picked for the field at once.
/// </summary>
public sealed class PhotoScreenTests
{
    [Theory, BothProviders]
    public async Task Alt_text_per_language_is_saved_and_delivered_in_the_visitors_language(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider);
        await using var _ = database;
        await using var __ = site.Start();
        using var editor = await BackofficeClients.AsAsync(site, UserRoles.Editor);
        var photo = await MediaPickerTests.UploadAsync(site, "经幡 prayer flags");

        var screen = await editor.GetStringAsync($"/umbraco/photos/{photo}");
        using var saved = await BackofficeForm.Read(screen, "photo")
            .Set("alt.zh-Hans", "山口的经幡").Set("alt.en", "Prayer flags on the pass").Set("left", "30").Set("top", "60")
            .PostAsync(editor, intent: null);
        var after = await editor.GetStringAsync(saved.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("value=\"Prayer flags on the pass\"", after);
        Assert.Contains("name=\"left\" type=\"text\" inputmode=\"decimal\" value=\"30\"", after);
        Assert.Equal("Prayer flags on the pass", await AltTextAsync(site, photo, "en"));
        Assert.Equal("山口的经幡", await AltTextAsync(site, photo, "zh-Hans"));
        // No Tibetan text yet: the visitor reading Tibetan gets the Chinese one.
        Assert.Equal("山口的经幡", await AltTextAsync(site, photo, "bo"));
    }

    [Theory, BothProviders]
    public async Task Used_by_lists_Xueni_once_its_photo_is_picked_and_a_photo_uploaded_on_the_picker_is_picked(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider);
        await using var _ = database;
        await using var __ = site.Start();
        using var editor = await BackofficeClients.AsAsync(site, UserRoles.Editor);
        var photo = await MediaPickerTests.UploadAsync(site, "学尼果园 orchard");
        var path = await BackofficeClients.XueniAsync(editor);

        var before = await editor.GetStringAsync($"/umbraco/photos/{photo}");
        var picker = await PickerScreens.OpenAsync(editor, await editor.GetStringAsync(path), "photos", "orchard");
        await PickerScreens.ChooseAsync(editor, picker, photo);
        var usedBy = await editor.GetStringAsync($"/umbraco/photos/{photo}");

        // Then a new photo from the phone, on the same picker screen: uploaded and picked in one go.
        var again = await editor.GetStringAsync(PickerScreens.PickerPathOf(path, "photos"));
        using var uploaded = await PhotoForms.PostFilesAsync(editor, again, ("xueni-gate.jpg", PhotoForms.CameraJpeg(800, 600), "image/jpeg"));
        var back = await editor.GetStringAsync(uploaded.Headers.Location!.OriginalString);
        var gate = await PhotoForms.KeyOfAsync(site, "xueni-gate.jpg");
        // A stale revision (the picker opened before this pick) is refused as any pick is.
        using var stale = await PhotoForms.PostFilesAsync(editor, again, ("late.jpg", PhotoForms.CameraJpeg(300, 200), "image/jpeg"));

        Assert.Contains("No content uses this photo yet.", before);
        Assert.Contains($"href=\"{path}\"", usedBy);
        Assert.Contains("学尼", usedBy);
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        Assert.Contains("done=pick", uploaded.Headers.Location.OriginalString);
        Assert.Contains("name=\"v.photos.1.left\"", back);
        Assert.Contains("xueni-gate.jpg", back);
        Assert.Contains(gate.ToString("D"), BackofficeForm.Read(back)["v.photos"]);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task A_photo_is_moved_into_a_folder_renamed_and_trashed()
    {
        var (site, database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = site.Start();
        using var writer = await BackofficeClients.AsAsync(site, UserRoles.Writer);
        var photo = await MediaPickerTests.UploadAsync(site, "桥 bridge");
        using var made = await BackofficeForm.Read(await writer.GetStringAsync("/umbraco/photos"), "new-folder").Set("name", "桥梁").PostAsync(writer, intent: null);
        var folder = Guid.Parse(made.Headers.Location!.OriginalString.Split("folder=")[1][..36]);

        var screen = await writer.GetStringAsync($"/umbraco/photos/{photo}");
        using var moved = await writer.PostAsync($"/umbraco/photos/{photo}/move", Fields(screen, ("folder", folder.ToString())));
        using var renamed = await BackofficeForm.Read(screen, "photo").Set("name", "桥 bridge at dusk").PostAsync(writer, intent: null);
        var inFolder = await writer.GetStringAsync($"/umbraco/photos?folder={folder}");
        using var trashed = await writer.PostAsync($"/umbraco/photos/{photo}/trash", Fields(screen));
        var afterTrash = await writer.GetStringAsync(trashed.Headers.Location!.OriginalString);
        using var gone = await writer.GetAsync($"/umbraco/photos/{photo}");

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Contains("/桥梁/桥 bridge at dusk", inFolder);
        Assert.Contains("“桥 bridge at dusk” moved to the recycle bin.", afterTrash);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    private static FormUrlEncodedContent Fields(string page, params (string Name, string Value)[] fields) =>
        new([new("__RequestVerificationToken", BackofficeForm.Read(page, "photo")["__RequestVerificationToken"]!), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);

    private static async Task<string?> AltTextAsync(SiteFactory site, Guid photo, string culture)
    {
        // The Delivery API reads the change log after the commit, so the new text may take a moment to arrive.
        for (var i = 0; ; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/umbraco/delivery/api/v2/media/item/{photo}");
            request.Headers.Add("Accept-Language", culture);
            using var response = await site.CreateClient().SendAsync(request);
            var text = (string?)JObject.Parse(await response.Content.ReadAsStringAsync())["properties"]?["altText"];
            if (text is not null || i == 50)
            {
                return text;
            }

            await Task.Delay(100);
        }
    }
}
