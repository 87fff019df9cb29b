using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using ZhuwaGen.Tourism.Tests.Management;

namespace ZhuwaGen.Tourism.Tests.Backoffice;

/// <summary>Move, the recycle bin and restore from the back-office screens, as an editor; writers have none of them.</summary>
public sealed partial class TreeScreenTests
{
    [Theory, BothProviders]
    public async Task An_experience_moves_to_another_stop_chosen_by_title(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider);
        await using var _ = database;
        await using var __ = site.Start();
        using var editor = await BackofficeClients.AsAsync(site, UserRoles.Editor);
        var pair = await site.WithDbAsync(async db => await db.Documents.Where(d => d.ContentTypeAlias == "experience" && !d.Trashed)
            .Join(db.Documents, d => d.ParentId, p => p.Id, (d, p) => new { d.Key, Parent = p.Key }).FirstAsync());
        var (experience, parent) = (pair.Key, pair.Parent);

        var moveScreen = await editor.GetStringAsync($"/umbraco/content/{experience}/move?q=Zhala");
        var target = ParentChoice().Matches(moveScreen).Select(m => Guid.Parse(m.Groups["k"].Value)).First(k => k != parent);
        var form = BackofficeForm.Read(moveScreen.Replace("<form method=\"post\"", "<form id=\"move\" method=\"post\""), "move");
        using var moved = await editor.PostAsync(form.Action, Fields(form, ("parent", target.ToString())));
        var after = await editor.GetStringAsync(moved.Headers.Location!.OriginalString);
        var newParent = await site.WithDbAsync(async db => await db.Documents.Where(d => d.Key == experience)
            .Join(db.Documents, d => d.ParentId, p => p.Id, (d, p) => p.Key).SingleAsync());

        Assert.Contains("Move to where", moveScreen);
        Assert.Contains("Zhala", moveScreen);
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Contains("role=\"status\">Moved at", after);
        Assert.Equal(target, newParent);
    }

    [Theory, BothProviders]
    public async Task A_story_goes_to_the_recycle_bin_leaves_the_site_and_comes_back_unpublished(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider);
        await using var _ = database;
        await using var __ = site.Start();
        using var editor = await BackofficeClients.AsAsync(site, UserRoles.Editor);
        using var visitor = ManagementClients.NewClient(site);
        const string StoryPage = "/en/stories/zhala-cooperative-story/";
        var story = await site.WithDbAsync(async db => await db.Documents.Where(d => d.ContentTypeAlias == "story")
            .Where(d => db.DocumentCultures.Any(c => c.DocumentId == d.Id && c.UrlSegment == "zhala-cooperative-story")).Select(d => d.Key).SingleAsync());
        var edit = await editor.GetStringAsync($"/umbraco/content/{story}?culture=en");
        using var before = await visitor.GetAsync(StoryPage);

        using var trashed = await BackofficeForm.Read(edit, "trash").PostAsync(editor, intent: null);
        var bin = await editor.GetStringAsync(trashed.Headers.Location!.OriginalString);
        using var gone = await visitor.GetAsync(StoryPage);
        using var restored = await BackofficeForm.Read(bin.Replace("<form method=\"post\" action=\"/umbraco/trash/", "<form id=\"restore\" method=\"post\" action=\"/umbraco/trash/"), "restore")
            .PostAsync(editor, intent: null);
        var back = await editor.GetStringAsync(restored.Headers.Location!.OriginalString);
        var emptyBin = await editor.GetStringAsync("/umbraco/trash");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal("/umbraco/trash?done=trash", trashed.Headers.Location.OriginalString);
        Assert.Contains("Moved to the recycle bin", bin);
        Assert.Contains($"/umbraco/trash/{story}/restore", bin);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal($"/umbraco/content/{story}?done=restore", restored.Headers.Location.OriginalString);
        Assert.Contains("role=\"status\">Restored from the recycle bin", back);
        Assert.Contains("The recycle bin is empty.", emptyBin);
        Assert.False(await site.WithDbAsync(db => db.Documents.Where(d => d.Key == story).Select(d => d.Trashed).SingleAsync()));
    }

    [Fact]
    public async Task A_writer_has_no_move_or_recycle_bin_and_cannot_post_them()
    {
        var (site, database) = await SiteFactory.CreateAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = site.Start();
        using var writer = await BackofficeClients.AsAsync(site, UserRoles.Writer);
        var path = await BackofficeClients.XueniAsync(writer);
        var edit = await writer.GetStringAsync(path + "?culture=en");
        var token = BackofficeForm.Read(edit);

        using var trash = await writer.PostAsync(path + "/trash", Fields(token));
        using var bin = await writer.GetAsync("/umbraco/trash");

        Assert.DoesNotContain("/trash", edit);
        Assert.DoesNotContain("/move", edit);
        Assert.NotEqual(HttpStatusCode.OK, bin.StatusCode);
        Assert.False(trash.IsSuccessStatusCode || trash.Headers.Location?.OriginalString.StartsWith("/umbraco/trash", StringComparison.Ordinal) == true);
        var key = Guid.Parse(path[^36..]);
        Assert.False(await site.WithDbAsync(db => db.Documents.Where(d => d.Key == key).Select(d => d.Trashed).SingleAsync()));
    }

    private static FormUrlEncodedContent Fields(BackofficeForm form, params (string Name, string Value)[] changes)
    {
        foreach (var (name, value) in changes)
        {
            form.Set(name, value);
        }

        return form.Content();
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"parent\" value=\"(?<k>[0-9a-f-]{36})\">")]
    private static partial Regex ParentChoice();
}
