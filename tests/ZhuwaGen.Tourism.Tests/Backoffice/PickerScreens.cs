using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Backoffice;

/// <summary>The picker round trip as a phone makes it: "choose" on the edit form, search on the picker screen, tap a card.</summary>
public static partial class PickerScreens
{
    /// <summary>Posts the edit form with "choose" for <paramref name="alias"/> (saving the draft) and opens the picker screen with a search.</summary>
    public static Task<string> OpenAsync(HttpClient client, string editPage, string alias, string search) =>
        OpenAsync(client, BackofficeForm.Read(editPage), alias, search);

    public static async Task<string> OpenAsync(HttpClient client, BackofficeForm editForm, string alias, string search)
    {
        using var choose = await editForm.PostAsync(client, "pick:" + alias);
        Assert.True(choose.StatusCode == HttpStatusCode.Redirect, await choose.Content.ReadAsStringAsync());
        var picker = choose.Headers.Location!.OriginalString;
        Assert.Contains($"/pick/{alias}?culture=", picker);
        return await client.GetStringAsync(picker + "&q=" + Uri.EscapeDataString(search));
    }

    /// <summary>Taps the card of <paramref name="key"/> on a picker screen and returns the edit screen it leads back to.</summary>
    public static async Task<string> ChooseAsync(HttpClient client, string pickerPage, Guid key)
    {
        using var chosen = await BackofficeForm.Read(pickerPage, "pick-" + key).PostAsync(client, intent: null);
        Assert.True(chosen.StatusCode == HttpStatusCode.Redirect, await chosen.Content.ReadAsStringAsync());
        Assert.Contains("done=pick", chosen.Headers.Location!.OriginalString);
        return await client.GetStringAsync(chosen.Headers.Location.OriginalString);
    }

    /// <summary>The picker screen of <paramref name="alias"/> for the item at <paramref name="editPath"/>, in Chinese.</summary>
    public static string PickerPathOf(string editPath, string alias) => $"{editPath}/pick/{alias}?culture=zh-Hans";

    public static Guid KeyOf(string editPath) => Guid.Parse(editPath[^36..]);

    public static Task<Guid> FirstKeyOfTypeAsync(SiteFactory site, string contentTypeAlias) =>
        site.WithDbAsync(db => db.Documents.Where(d => d.ContentTypeAlias == contentTypeAlias && !d.Trashed).OrderBy(d => d.Id).Select(d => d.Key).FirstAsync());

    public static async Task<Guid> StopKeyAsync(HttpClient client, string search)
    {
        var list = await client.GetStringAsync("/umbraco/stops?q=" + Uri.EscapeDataString(search));
        return Guid.Parse(EditLink().Match(list).Groups["k"].Value);
    }

    public static string Udi(Guid key) => "umb://document/" + key.ToString("N");

    [GeneratedRegex("/umbraco/content/(?<k>[0-9a-f-]{36})")]
    private static partial Regex EditLink();
}
