using System.Net;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Backoffice;

/// <summary>Content and multi-node pickers on the edit screen: chosen by title on the picker screen, never by id.</summary>
public sealed class ContentPickerTests
{
    [Theory, BothProviders]
    public async Task A_stop_is_picked_as_an_events_venue_by_searching_its_title_and_saved(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider);
        await using var _ = database;
        await using var __ = site.Start();
        using var editor = await BackofficeClients.AsAsync(site, UserRoles.Editor);
        var xiongjiu = await PickerScreens.StopKeyAsync(editor, "Xiongjiu");
        var eventKey = await PickerScreens.FirstKeyOfTypeAsync(site, "event");
        var edit = await editor.GetStringAsync(BackofficeRoutes(eventKey));
        Assert.Contains("name=\"intent\" value=\"pick:venue\"", edit);

        var picker = await PickerScreens.OpenAsync(editor, BackofficeForm.Read(edit).Set("v.capacity", "80"), "venue", "雄久");
        Assert.Contains("雄久村和美宜居乡村", picker);
        Assert.Contains("Xiongjiu Livable Village", picker);
        Assert.DoesNotContain("扎拉", picker);
        var back = await PickerScreens.ChooseAsync(editor, picker, xiongjiu);
        using var saved = await BackofficeForm.Read(back).PostAsync(editor);

        Assert.Contains("role=\"status\">Chosen; draft saved at", back);
        Assert.Contains($"name=\"v.venue\" value=\"{PickerScreens.Udi(xiongjiu)}\"", back);
        Assert.Contains("Xiongjiu Livable Village", back);
        Assert.DoesNotContain(PickerScreens.Udi(await PickerScreens.StopKeyAsync(editor, "Xueni")), back); // the seeded venue is replaced: a content picker holds one
        Assert.Contains("value=\"80\"", back);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await site.WithScopeAsync<DocumentQueries>(async queries =>
        {
            var draft = (await queries.GetAsync(eventKey, CancellationToken.None))!.Draft;
            Assert.Equal(PickerScreens.Udi(xiongjiu), draft.GetValue("venue", null)!.ToString());
            Assert.Equal(80L, (long)draft.GetValue("capacity", null)!);
        });
    }

    [Fact]
    public async Task Multi_node_picks_are_added_by_title_reordered_and_removed_on_the_form()
    {
        var (site, database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = site.Start();
        using var editor = await BackofficeClients.AsAsync(site, UserRoles.Editor);
        var xueni = await PickerScreens.StopKeyAsync(editor, "Xueni");
        var zhala = await PickerScreens.StopKeyAsync(editor, "Zhala");
        var notice = await PickerScreens.FirstKeyOfTypeAsync(site, "notice");
        var path = BackofficeRoutes(notice);

        var edit = await editor.GetStringAsync(path);
        await ClearAsync(editor, edit);
        edit = await editor.GetStringAsync(path);
        var picker = await PickerScreens.OpenAsync(editor, edit, "affectedStops", "Xueni");
        edit = await PickerScreens.ChooseAsync(editor, picker, xueni);
        picker = await PickerScreens.OpenAsync(editor, edit, "affectedStops", "扎拉");
        edit = await PickerScreens.ChooseAsync(editor, picker, zhala);
        Assert.Contains($"value=\"{PickerScreens.Udi(xueni)},{PickerScreens.Udi(zhala)}\"", edit);

        using var moved = await BackofficeForm.Read(edit).PostAsync(editor, "down:affectedStops:0");
        var movedPage = await moved.Content.ReadAsStringAsync();
        using var saved = await BackofficeForm.Read(movedPage).PostAsync(editor);

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Contains("This change is not saved yet", movedPage);
        Assert.True(movedPage.IndexOf("Zhala", StringComparison.Ordinal) < movedPage.IndexOf("Xueni Village", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await site.WithScopeAsync<DocumentQueries>(async queries =>
        {
            var draft = (await queries.GetAsync(notice, CancellationToken.None))!.Draft;
            Assert.Equal($"{PickerScreens.Udi(zhala)},{PickerScreens.Udi(xueni)}", draft.GetValue("affectedStops", null)!.ToString());
        });

        var again = await editor.GetStringAsync(path);
        using var removed = await BackofficeForm.Read(await (await BackofficeForm.Read(again).PostAsync(editor, "remove:affectedStops:0")).Content.ReadAsStringAsync()).PostAsync(editor);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        await site.WithScopeAsync<DocumentQueries>(async queries =>
            Assert.Equal(PickerScreens.Udi(xueni), (await queries.GetAsync(notice, CancellationToken.None))!.Draft.GetValue("affectedStops", null)!.ToString()));
    }

    [Fact]
    public async Task A_choice_against_a_newer_version_is_refused()
    {
        var (site, database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = site.Start();
        using var editor = await BackofficeClients.AsAsync(site, UserRoles.Writer);
        var xueni = await PickerScreens.StopKeyAsync(editor, "Xueni");
        var eventKey = await PickerScreens.FirstKeyOfTypeAsync(site, "event");
        var picker = await PickerScreens.OpenAsync(editor, await editor.GetStringAsync(BackofficeRoutes(eventKey)), "venue", "Xueni");
        using var other = await BackofficeForm.Read(await editor.GetStringAsync(BackofficeRoutes(eventKey))).Set("v.capacity", "5").PostAsync(editor);

        using var refused = await BackofficeForm.Read(picker, "pick-" + xueni).PostAsync(editor, intent: null);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Someone saved a newer version", await refused.Content.ReadAsStringAsync());
    }

    // Empties the notice's stops so the test starts from a known value, whatever the seed holds.
    private static async Task ClearAsync(HttpClient client, string edit)
    {
        using var saved = await BackofficeForm.Read(edit).Set("v.affectedStops", "").PostAsync(client);
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
    }

    private static string BackofficeRoutes(Guid key) => $"/umbraco/content/{key}?culture=en";
}
