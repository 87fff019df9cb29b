using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ZhuwaGen.Tourism.Cms.Changes;
using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Media;

public sealed class MediaLibraryTests
{
    private const string User = MediaTestHost.User;

    [Theory, BothProviders]
    public async Task Folders_nest_and_give_items_a_path_of_names(DatabaseProvider provider)
    {
        await using var host = await MediaTestHost.StartAsync(provider);
        var images = await host.FolderAsync("images");
        var stops = await host.FolderAsync("stops", images.Key);

        var photo = await host.UploadOkAsync(TestImages.Png(), "xueni.png", stops.Key);

        Assert.Equal("/images/stops/xueni.png", photo.Path);
        Assert.Equal(stops.Key, photo.ParentKey);
        Assert.Equal(MediaTypes.Folder, stops.MediaTypeAlias);
        var rows = await host.RowsAsync();
        Assert.Equal(3, rows.Single(r => r.Key == photo.Key).Level);
    }

    [Theory, BothProviders]
    public async Task Rename_changes_the_path_and_refuses_a_sibling_name(DatabaseProvider provider)
    {
        await using var host = await MediaTestHost.StartAsync(provider);
        var folder = await host.FolderAsync("photos");
        await host.FolderAsync("events");
        var photo = await host.UploadOkAsync(TestImages.Png(), "a.png", folder.Key);

        var renamed = await host.WithLibraryAsync(l => l.RenameAsync(folder.Key, "stops", User, default));
        var duplicate = await host.WithLibraryAsync(l => l.RenameAsync(folder.Key, "events", User, default));
        var invalid = await host.WithLibraryAsync(l => l.RenameAsync(folder.Key, "a/b", User, default));

        Assert.Equal(MediaOperationStatus.Success, renamed.Status);
        Assert.Equal("/stops/a.png", host.Source.Get(photo.Key)!.Path);
        Assert.Equal(MediaOperationStatus.DuplicateName, duplicate.Status);
        Assert.Equal(MediaOperationStatus.InvalidName, invalid.Status);
    }

    [Theory, BothProviders]
    public async Task Move_reparents_a_branch_and_refuses_a_move_into_itself(DatabaseProvider provider)
    {
        await using var host = await MediaTestHost.StartAsync(provider);
        var a = await host.FolderAsync("a");
        var b = await host.FolderAsync("b", a.Key);
        var target = await host.FolderAsync("target");
        var photo = await host.UploadOkAsync(TestImages.Png(), "p.png", b.Key);

        var intoChild = await host.WithLibraryAsync(l => l.MoveAsync(a.Key, b.Key, User, default));
        var intoImage = await host.WithLibraryAsync(l => l.MoveAsync(a.Key, photo.Key, User, default));
        var moved = await host.WithLibraryAsync(l => l.MoveAsync(a.Key, target.Key, User, default));

        Assert.Equal(MediaOperationStatus.CannotMoveToDescendant, intoChild.Status);
        Assert.Equal(MediaOperationStatus.ParentNotFolder, intoImage.Status);
        Assert.Equal(MediaOperationStatus.Success, moved.Status);
        Assert.Equal("/target/a/b/p.png", host.Source.Get(photo.Key)!.Path);
        var rows = await host.RowsAsync();
        var photoRow = rows.Single(r => r.Key == photo.Key);
        Assert.Equal(4, photoRow.Level);
        Assert.StartsWith(rows.Single(r => r.Key == target.Key).Path + ",", photoRow.Path);
    }

    [Theory, BothProviders]
    public async Task Delete_removes_a_file_and_its_row_but_refuses_a_folder_with_items(DatabaseProvider provider)
    {
        await using var host = await MediaTestHost.StartAsync(provider);
        var folder = await host.FolderAsync("f");
        var photo = await host.UploadOkAsync(TestImages.Png(), "p.png", folder.Key);
        var file = host.FileOf(photo);

        var refused = await host.WithLibraryAsync(l => l.DeleteAsync(folder.Key, User, default));
        var deletedPhoto = await host.WithLibraryAsync(l => l.DeleteAsync(photo.Key, User, default));
        var deletedFolder = await host.WithLibraryAsync(l => l.DeleteAsync(folder.Key, User, default));

        Assert.Equal(MediaOperationStatus.CannotDeleteWithChildren, refused);
        Assert.Equal(MediaOperationStatus.Success, deletedPhoto);
        Assert.Equal(MediaOperationStatus.Success, deletedFolder);
        Assert.False(File.Exists(file));
        Assert.Empty(await host.RowsAsync());
        Assert.Null(host.Source.Get(photo.Key));
    }

    [Theory, BothProviders]
    public async Task Trash_takes_a_branch_out_of_the_published_media(DatabaseProvider provider)
    {
        await using var host = await MediaTestHost.StartAsync(provider);
        var folder = await host.FolderAsync("old");
        var photo = await host.UploadOkAsync(TestImages.Png(), "p.png", folder.Key);

        var status = await host.WithLibraryAsync(l => l.TrashAsync(folder.Key, User, default));
        var uploadIntoTrash = await host.UploadAsync(TestImages.Png(), "q.png", folder.Key);

        Assert.Equal(MediaOperationStatus.Success, status);
        Assert.Null(host.Source.Get(folder.Key));
        Assert.Null(host.Source.Get(photo.Key));
        Assert.All(await host.RowsAsync(), r => Assert.True(r.Trashed));
        Assert.Equal(MediaOperationStatus.InTrash, uploadIntoTrash.Status);
    }

    [Theory, BothProviders]
    public async Task Update_sets_alt_text_focal_point_and_crop_coordinates(DatabaseProvider provider)
    {
        await using var host = await MediaTestHost.StartAsync(provider);
        var photo = await host.UploadOkAsync(TestImages.Png(), "p.png", altText: new Dictionary<string, string> { ["zh-Hans"] = "旧" });

        var result = await host.WithLibraryAsync(l => l.UpdateAsync(photo.Key, new MediaUpdate(
            AltText: new Dictionary<string, string?> { ["zh-Hans"] = null, ["bo"] = "བོད་", ["en"] = "Orchard" },
            FocalPoint: new MediaFocalPoint(0.25m, 0.75m),
            Crops: [new MediaCropEdit("SQUARE", new MediaCropCoordinates(0.1m, 0m, 0.2m, 0.3m))]), User, default));

        Assert.Equal(MediaOperationStatus.Success, result.Status);
        var media = host.Source.Get(photo.Key)!;
        Assert.Equal("Orchard", media.AltTextIn("en", "zh-Hans"));
        Assert.Equal("བོད་", media.AltTextIn("bo", "zh-Hans"));
        Assert.Null(media.AltTextIn("zh-Hans", "zh-Hans"));
        Assert.Equal(new MediaFocalPoint(0.25m, 0.75m), media.FocalPoint);
        Assert.Equal(["square", "card", "wide", "share"], media.Crops.Select(c => c.Alias));
        Assert.Equal(new MediaCropCoordinates(0.1m, 0m, 0.2m, 0.3m), media.Crops[0].Coordinates);
        Assert.Null(media.Crops[1].Coordinates);
        Assert.Equal((600, 600), (media.Crops[0].Width, media.Crops[0].Height));
    }

    [Theory]
    [InlineData(1.2, 0.5, null, MediaOperationStatus.InvalidFocalPoint)]
    [InlineData(-0.1, 0.5, null, MediaOperationStatus.InvalidFocalPoint)]
    [InlineData(0.5, 0.5, "banner", MediaOperationStatus.UnknownCrop)]
    [InlineData(0.5, 0.5, "overlap", MediaOperationStatus.InvalidCropCoordinates)]
    public async Task Update_refuses_invalid_focal_points_and_crops_and_changes_nothing(double left, double top, string? crop, MediaOperationStatus expected)
    {
        await using var host = await MediaTestHost.StartAsync(DatabaseProvider.Sqlite);
        var photo = await host.UploadOkAsync(TestImages.Png(), "p.png");
        IReadOnlyList<MediaCropEdit>? crops = crop switch
        {
            "banner" => [new MediaCropEdit("banner", new MediaCropCoordinates(0, 0, 0, 0))],
            "overlap" => [new MediaCropEdit("card", new MediaCropCoordinates(0.6m, 0, 0.5m, 0))],
            _ => null,
        };

        var result = await host.WithLibraryAsync(l => l.UpdateAsync(
            photo.Key, new MediaUpdate(Name: "renamed.png", FocalPoint: new MediaFocalPoint((decimal)left, (decimal)top), Crops: crops), User, default));

        Assert.Equal(expected, result.Status);
        var media = host.Source.Get(photo.Key)!;
        Assert.Equal("p.png", media.Name);
        Assert.Null(media.FocalPoint);
    }

    [Fact]
    public async Task Crops_come_from_configuration()
    {
        await using var host = await MediaTestHost.StartAsync(DatabaseProvider.Sqlite, s =>
        {
            s["Cms:Media:Crops:0:Alias"] = "thumb";
            s["Cms:Media:Crops:0:Width"] = "120";
            s["Cms:Media:Crops:0:Height"] = "90";
        });

        var photo = await host.UploadOkAsync(TestImages.Png(), "p.png");

        var crop = Assert.Single(photo.Crops);
        Assert.Equal(("thumb", 120, 90), (crop.Alias, crop.Width, crop.Height));
    }

    [Theory, BothProviders]
    public async Task Handlers_hear_of_saves_moves_and_deletes_after_commit(DatabaseProvider provider)
    {
        await using var host = await MediaTestHost.StartAsync(provider);
        var folder = await host.FolderAsync("f");
        var photo = await host.UploadOkAsync(TestImages.Png(), "p.png");
        await host.WithLibraryAsync(l => l.MoveAsync(photo.Key, folder.Key, User, default));
        await host.WithLibraryAsync(l => l.DeleteAsync(photo.Key, User, default));

        Assert.Equal(
            [(MediaChangeKind.Saved, folder.Key), (MediaChangeKind.Saved, photo.Key), (MediaChangeKind.Moved, photo.Key), (MediaChangeKind.Deleted, photo.Key)],
            (await host.LoggedChangesAsync()).Select(c => (c.Kind, Assert.Single(c.Keys))));
    }

    [Fact]
    public void The_library_replaces_a_fallback_media_source_registered_before_or_after_it()
    {
        var before = new ServiceCollection();
        before.TryAddSingleton<IPublishedMediaSource, EmptySource>();
        before.AddMedia();
        var after = new ServiceCollection().AddMedia();
        after.TryAddSingleton<IPublishedMediaSource, EmptySource>();

        foreach (var services in new[] { before, after })
        {
            var registration = Assert.Single(services, d => d.ServiceType == typeof(IPublishedMediaSource));
            Assert.NotNull(registration.ImplementationFactory);
        }
    }

    private sealed class EmptySource : IPublishedMediaSource
    {
        public PublishedMedia? Get(Guid key) => null;
    }
}
