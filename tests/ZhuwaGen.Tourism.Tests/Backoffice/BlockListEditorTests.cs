using System.Net;
using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Backoffice;

/// <summary>Room types on a guesthouse as a block list edited on the phone: add, edit, move, remove, errors per block field.</summary>
public sealed class BlockListEditorTests
{
    private const string RoomType = "326e6ef1-e7f7-4bea-9a2a-cc0f283cea73";

    [Theory, BothProviders]
    public async Task A_room_type_is_added_edited_moved_and_removed_with_a_block_field_error_shown_inline(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider);
        await using var _ = database;
        await using var __ = site.Start();
        using var editor = await BackofficeClients.AsAsync(site, UserRoles.Editor);
        var guesthouse = await PickerScreens.FirstKeyOfTypeAsync(site, "guesthouse");
        var path = $"/umbraco/content/{guesthouse}?culture=en";
        var before = await NamesAsync(site, guesthouse);
        var n = before.Count;
        Assert.True(n >= 1, "the sample guesthouse has room types");

        using var added = await BackofficeForm.Read(await editor.GetStringAsync(path)).PostAsync(editor, "add:roomTypes:" + RoomType);
        var addedPage = await added.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains($"name=\"v.roomTypes.{n}.beds\"", addedPage);
        Assert.Equal(before, await NamesAsync(site, guesthouse));

        var form = BackofficeForm.Read(addedPage)
            .Set($"v.roomTypes.{n}.name", "Family room").Set($"v.roomTypes.{n}.beds", "2").Set($"v.roomTypes.{n}.maxGuests", "4")
            .Set($"v.roomTypes.{n}.count", "1").Set($"v.roomTypes.{n}.nightlyPrice", "cheap");
        using var refused = await form.PostAsync(editor);
        var refusedPage = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains($"<p class=\"field-error\" id=\"e-roomTypes-{n}-nightlyPrice\">", refusedPage);
        Assert.Contains($"aria-describedby=\"h-roomTypes-{n}-nightlyPrice e-roomTypes-{n}-nightlyPrice\"", refusedPage);
        Assert.Contains("value=\"cheap\"", refusedPage);
        Assert.Equal(before, await NamesAsync(site, guesthouse));

        using var saved = await BackofficeForm.Read(refusedPage).Set($"v.roomTypes.{n}.nightlyPrice", "380").PostAsync(editor);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal([.. before, "Family room"], await NamesAsync(site, guesthouse));

        var edited = BackofficeForm.Read(await editor.GetStringAsync(path)).Set($"v.roomTypes.{n}.name", "Family suite");
        using var moved = await edited.PostAsync(editor, $"up:roomTypes:{n}");
        using var movedSaved = await BackofficeForm.Read(await moved.Content.ReadAsStringAsync()).PostAsync(editor);
        var order = await NamesAsync(site, guesthouse);
        Assert.Equal(HttpStatusCode.Redirect, movedSaved.StatusCode);
        Assert.Equal("Family suite", order[n - 1]);
        Assert.Equal(before[^1], order[n]);

        using var removed = await BackofficeForm.Read(await editor.GetStringAsync(path)).PostAsync(editor, $"remove:roomTypes:{n - 1}");
        using var removedSaved = await BackofficeForm.Read(await removed.Content.ReadAsStringAsync()).PostAsync(editor);
        Assert.Equal(HttpStatusCode.Redirect, removedSaved.StatusCode);
        Assert.Equal(before, await NamesAsync(site, guesthouse));
    }

    // The room types' names in layout order, from the stored draft (Umbraco's block list JSON).
    private static async Task<List<string>> NamesAsync(SiteFactory site, Guid key)
    {
        var names = new List<string>();
        await site.WithScopeAsync<DocumentQueries>(async queries =>
        {
            var value = (JObject)(await queries.GetAsync(key, CancellationToken.None))!.Draft.GetValue("roomTypes", null)!;
            var content = ((JArray)value["contentData"]!).ToDictionary(c => c["udi"]!.ToString(), c => c["name"]?.ToString() ?? string.Empty);
            names.AddRange(((JArray)value["layout"]!["Umbraco.BlockList"]!).Select(entry => content[entry["contentUdi"]!.ToString()]));
        });
        return names;
    }
}
