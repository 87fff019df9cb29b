using System.Text.Json;
using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Webhooks;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Media;

namespace ZhuwaGen.Tourism.Tests.Webhooks;

/// <summary>The media library's committed changes reach webhooks: MediaSave with the media item, MediaDelete with its id.</summary>
public sealed class WebhookMediaTests
{
    [Theory, BothProviders]
    public async Task Uploading_and_deleting_an_image_posts_media_save_and_media_delete(DatabaseProvider provider)
    {
        var folder = Directory.CreateTempSubdirectory("zhuwagen-webhook-media-").FullName;
        try
        {
            await using var receiver = await LoopbackReceiver.StartAsync();
            await using var database = await TestDatabase.CreateAsync(provider);
            await using var host = await WebhookHost.StartAsync(
                database,
                settings =>
                {
                    WebhookHost.AllowPrivateTargets(settings);
                    settings["Cms:Media:Root"] = Path.Combine(folder, "media");
                    settings["Cms:Media:CacheRoot"] = Path.Combine(folder, "cache");
                },
                beforeWebhooks: services => services.AddMedia());
            await host.AddWebhookAsync(new WebhookInput(receiver.Url, [WebhookEvents.MediaSave, WebhookEvents.MediaDelete]));

            var upload = await host.WithScopeAsync<MediaLibraryService, MediaResult>(s => s.UploadAsync(
                new MediaUpload("sangjiu.png", new MemoryStream(TestImages.Png(40, 30))), WebhookHost.User, default));
            Assert.Equal(MediaOperationStatus.Success, upload.Status);
            var key = upload.Media!.Key;
            Assert.Equal(1, await host.FireAsync());

            var save = Assert.Single(receiver.Requests);
            Assert.Equal(WebhookEvents.MediaSave, save.Header("Umb-Webhook-Event"));
            Assert.Equal(key, save.Json.GetProperty("id").GetGuid());
            Assert.Equal("Image", save.Json.GetProperty("mediaType").GetString());
            Assert.Equal(40, save.Json.GetProperty("width").GetInt32());

            Assert.Equal(MediaOperationStatus.Success, await host.WithScopeAsync<MediaLibraryService, MediaOperationStatus>(s => s.DeleteAsync(key, WebhookHost.User, default)));
            Assert.Equal(1, await host.FireAsync());

            var delete = receiver.Requests[1];
            Assert.Equal(WebhookEvents.MediaDelete, delete.Header("Umb-Webhook-Event"));
            Assert.Equal(key, delete.Json.GetProperty("id").GetGuid());
            Assert.Equal(JsonValueKind.Undefined, delete.Json.TryGetProperty("mediaType", out var type) ? type.ValueKind : JsonValueKind.Undefined);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
