using System.Net;
using System.Net.Http.Headers;
using Newtonsoft.Json.Linq;
using SixLabors.ImageSharp;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Backoffice.Photos;

/// <summary>
/// Photos from the phone: the resumable upload session the photos module uses (chunks, a refused wrong offset, resume,
/// finish), whose sessions are private, what is not a photo, and the plain multipart form that works without script.
/// </summary>
public sealed class PhotoUploadTests
{
    private const string Sessions = "/umbraco/photos/uploads";

    [Theory, BothProviders]
    public async Task A_photo_sent_in_three_chunks_resumes_after_a_failure_and_becomes_processed_media(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider);
        await using var _ = database;
        await using var __ = site.Start();
        using var editor = await BackofficeClients.AsAsync(site, UserRoles.Editor);
        var photo = PhotoForms.CameraJpeg(3000, 2000);
        var chunk = (photo.Length / 3) + 1;

        var id = await CreateAsync(editor, "学尼村口.jpg", photo.Length);
        using var first = await PutAsync(editor, id, 0, photo[..chunk]);
        // The connection drops during the second chunk: the phone retries from where it thinks it was, and is told.
        using var wrong = await PutAsync(editor, id, 2 * chunk, photo[(2 * chunk)..]);
        var told = JObject.Parse(await wrong.Content.ReadAsStringAsync());
        var asked = JObject.Parse(await editor.GetStringAsync($"{Sessions}/{id}"));
        using var early = await editor.PostAsync($"{Sessions}/{id}/finish", null);
        using var second = await PutAsync(editor, id, chunk, photo[chunk..(2 * chunk)]);
        using var third = await PutAsync(editor, id, 2 * chunk, photo[(2 * chunk)..]);
        using var finished = await editor.PostAsync($"{Sessions}/{id}/finish", null);
        var media = JObject.Parse(await finished.Content.ReadAsStringAsync());
        using var again = await editor.PostAsync($"{Sessions}/{id}/finish", null);
        var stored = await site.CreateClient().GetByteArrayAsync((string)media["url"]!);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, wrong.StatusCode);
        Assert.Equal(chunk, (long)told["offset"]!);
        Assert.Equal(chunk.ToString(System.Globalization.CultureInfo.InvariantCulture), wrong.Headers.GetValues("Upload-Offset").Single());
        Assert.Equal(chunk, (long)asked["offset"]!);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(photo.Length, (long)JObject.Parse(await third.Content.ReadAsStringAsync())["offset"]!);
        Assert.True(finished.StatusCode == HttpStatusCode.Created, media.ToString());
        Assert.Equal("学尼村口.jpg", (string)media["name"]!);
        // Processed as every upload is: scaled to the long edge (2560), metadata (GPS above all) gone.
        var info = Image.Identify(stored);
        Assert.Equal(2560, info.Width);
        Assert.Null(info.Metadata.ExifProfile);
        // A finish repeated after a lost answer is the same item, not a second one.
        Assert.Equal((string)media["key"]!, (string)JObject.Parse(await again.Content.ReadAsStringAsync())["key"]!);
        Assert.Equal(1, await site.WithDbAsync(db => Task.FromResult(db.Media.Count(m => m.Name == "学尼村口.jpg"))));
    }

    [Fact]
    public async Task Another_users_session_is_not_found()
    {
        var (site, database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = site.Start();
        using var owner = await BackofficeClients.AsAsync(site, UserRoles.Writer);
        using var other = await BackofficeClients.AsAsync(site, UserRoles.Admin);
        var photo = PhotoForms.CameraJpeg(200, 100);
        var id = await CreateAsync(owner, "mine.jpg", photo.Length);

        using var peek = await other.GetAsync($"{Sessions}/{id}");
        using var write = await PutAsync(other, id, 0, photo);
        using var finish = await other.PostAsync($"{Sessions}/{id}/finish", null);
        using var anonymous = await ManagementClientsNoCookies(site).GetAsync($"{Sessions}/{id}");
        var still = JObject.Parse(await owner.GetStringAsync($"{Sessions}/{id}"));

        Assert.Equal(HttpStatusCode.NotFound, peek.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, write.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, finish.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal(0, (long)still["offset"]!);
    }

    [Theory, BothProviders]
    public async Task A_file_that_is_not_a_photo_is_refused_by_the_session_and_by_the_form(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider);
        await using var _ = database;
        await using var __ = site.Start();
        using var editor = await BackofficeClients.AsAsync(site, UserRoles.Editor);
        var text = "这不是照片 — just some notes about the orchard\n"u8.ToArray();

        var id = await CreateAsync(editor, "notes.jpg", text.Length);
        using var chunk = await PutAsync(editor, id, 0, text);
        using var gone = await editor.GetAsync($"{Sessions}/{id}");
        using var tooLarge = await editor.PostAsync(Sessions, Form(("name", "huge.jpg"), ("size", (21L * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture))));
        var library = await editor.GetStringAsync("/umbraco/photos");
        using var posted = await PhotoForms.PostFilesAsync(editor, library, ("notes.txt", text, "text/plain"));
        var page = await posted.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, chunk.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, posted.StatusCode);
        Assert.Contains("“notes.txt” is not a photo", page);
        Assert.Equal(0, await site.WithDbAsync(db => Task.FromResult(db.Media.Count(m => m.Name.StartsWith("notes")))));
    }

    [Theory, BothProviders]
    public async Task The_plain_multipart_form_uploads_into_the_folder_without_script(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider);
        await using var _ = database;
        await using var __ = site.Start();
        using var editor = await BackofficeClients.AsAsync(site, UserRoles.Writer);
        var library = await editor.GetStringAsync("/umbraco/photos");
        using var made = await BackofficeForm.Read(library, "new-folder")
            .Set("name", "果园 Orchard").PostAsync(editor, intent: null);
        var folderPage = await editor.GetStringAsync(made.Headers.Location!.OriginalString);

        using var posted = await PhotoForms.PostFilesAsync(
            editor, folderPage, ("orchard-1.jpg", PhotoForms.CameraJpeg(640, 480), "image/jpeg"), ("orchard-2.png", Png(), "image/png"));
        var after = await editor.GetStringAsync(posted.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        Assert.Contains("<h1>果园 Orchard</h1>", folderPage);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains("done=upload&count=2", posted.Headers.Location.OriginalString);
        Assert.Contains("2 photo(s) uploaded.", after);
        Assert.Contains("orchard-1.jpg", after);
        Assert.Contains("orchard-2.png", after);
        Assert.Contains("/果园 Orchard/orchard-1.jpg", after);
    }

    [Fact]
    public async Task A_kept_location_is_stored_beside_the_photo_and_never_delivered()
    {
        var (site, database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = site.Start();
        using var editor = await BackofficeClients.AsAsync(site, UserRoles.Editor);
        var photo = PhotoForms.CameraJpeg(400, 300);

        // The module sends what it read from the EXIF beside the shrunk photo.
        using var created = await editor.PostAsync(Sessions, Form(("name", "pass.jpg"), ("size", photo.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("latitude", "29.5"), ("longitude", "97.25")));
        var id = (string)JObject.Parse(await created.Content.ReadAsStringAsync())["id"]!;
        using var put = await PutAsync(editor, id, 0, photo);
        using var finished = await editor.PostAsync($"{Sessions}/{id}/finish", null);
        var key = (string)JObject.Parse(await finished.Content.ReadAsStringAsync())["key"]!;
        var screen = await editor.GetStringAsync($"/umbraco/photos/{key}");
        var delivered = await site.CreateClient().GetStringAsync($"/umbraco/delivery/api/v2/media/item/{key}");

        // Without script the server reads the original's EXIF when asked to keep it, and strips it otherwise.
        var library = await editor.GetStringAsync("/umbraco/photos");
        var form = BackofficeForm.Read(library, "upload");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(form["__RequestVerificationToken"]!), "__RequestVerificationToken" },
            { new StringContent("true"), "keepLocation" },
            { new ByteArrayContent(photo), "photos", "kept.jpg" },
        };
        using var kept = await editor.PostAsync(form.Action, content);
        var keptScreen = await editor.GetStringAsync($"/umbraco/photos/{await PhotoForms.KeyOfAsync(site, "kept.jpg")}");

        Assert.Contains("Taken at: 29.5,97.25", screen);
        Assert.DoesNotContain("97.25", delivered);
        Assert.Equal(HttpStatusCode.Redirect, kept.StatusCode);
        Assert.Contains("Taken at: 28.666667,97.466667", keptScreen);
    }

    private static byte[] Png()
    {
        using var image = new SixLabors.ImageSharp.Image<SixLabors.ImageSharp.PixelFormats.Rgba32>(120, 80);
        using var output = new MemoryStream();
        image.SaveAsPng(output);
        return output.ToArray();
    }

    private static async Task<string> CreateAsync(HttpClient client, string name, long size)
    {
        using var created = await client.PostAsync(Sessions, Form(("name", name), ("size", size.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        var body = await created.Content.ReadAsStringAsync();
        Assert.True(created.StatusCode == HttpStatusCode.Created, body);
        return (string)JObject.Parse(body)["id"]!;
    }

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, string id, long offset, byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return client.PutAsync($"{Sessions}/{id}?offset={offset}", content);
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    private static HttpClient ManagementClientsNoCookies(SiteFactory site) =>
        site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}
