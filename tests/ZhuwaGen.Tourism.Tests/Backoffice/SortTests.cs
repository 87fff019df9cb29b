using System.Net;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Backoffice;

/// <summary>Move up and move down from the edit screen: the item swaps places with its neighbour and the editor stays on it.</summary>
public sealed class SortTests
{
    [Theory, BothProviders]
    public async Task Move_up_swaps_the_stop_with_the_one_before_it_and_stays_on_the_item(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider);
        await using var _ = database;
        await using var __ = site.Start();
        using var editor = await BackofficeClients.AsAsync(site, UserRoles.Editor);
        var path = await BackofficeClients.XueniAsync(editor);
        var key = Guid.Parse(path[^36..]);
        var before = await SiblingsAsync(site, key);
        var page = await editor.GetStringAsync(path + "?culture=en");

        using var moved = await editor.PostAsync(BackofficeForm.Read(page, "sort").Action, new FormUrlEncodedContent(
            [new("__RequestVerificationToken", BackofficeForm.Read(page, "sort")["__RequestVerificationToken"]!), new("culture", "en"), new("direction", "up")]));
        var after = await SiblingsAsync(site, key);

        var index = before.IndexOf(key);
        Assert.True(index > 0, "Xueni is not the route's first stop");
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(path + "?culture=en&done=sort", moved.Headers.Location!.OriginalString);
        Assert.Contains("role=\"status\">Order saved at", await editor.GetStringAsync(moved.Headers.Location.OriginalString));
        Assert.Equal(key, after[index - 1]);
        Assert.Equal(before[index - 1], after[index]);
        Assert.Equal(before.Count, after.Count);
    }

    [Fact]
    public async Task A_writer_sees_no_sort_buttons_and_cannot_sort_by_posting()
    {
        var (site, database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = site.Start();
        using var writer = await BackofficeClients.AsAsync(site, UserRoles.Writer);
        var path = await BackofficeClients.XueniAsync(writer);
        var key = Guid.Parse(path[^36..]);
        var before = await SiblingsAsync(site, key);
        var page = await writer.GetStringAsync(path + "?culture=en");

        using var refused = await writer.PostAsync(path + "/sort", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", BackofficeForm.Read(page)["__RequestVerificationToken"]!), new("direction", "up")]));

        Assert.DoesNotContain("id=\"sort\"", page);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(before, await SiblingsAsync(site, key));
    }

    private static async Task<List<Guid>> SiblingsAsync(SiteFactory site, Guid key)
    {
        var order = new List<Guid>();
        await site.WithScopeAsync<DocumentQueries>(async queries =>
        {
            var document = (await queries.GetAsync(key, CancellationToken.None))!;
            order = [.. (await queries.GetChildrenAsync(document.ParentKey, CancellationToken.None)).Select(c => c.Key)];
        });
        return order;
    }
}
