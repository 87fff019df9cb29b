using System.Net;
using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Forms;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using static ZhuwaGen.Tourism.Tests.Backoffice.Forms.FormScreens;

namespace ZhuwaGen.Tourism.Tests.Backoffice.Forms;

/// <summary>
/// The forms screens follow the Management API's forms roles: writers read (no button that would fail, and a post is
/// refused with 403), guesthouse owners are refused with a 403 page — not sent to the sign-in they are past —, anonymous
/// visitors go to sign-in, and a post without the antiforgery field changes nothing.
/// </summary>
public sealed class FormsScreenAccessTests
{
    [Theory, BothProviders]
    public async Task Writers_read_without_changing_owners_get_403_and_anonymous_visitors_sign_in(DatabaseProvider provider)
    {
        await using var site = await FormsSite.StartAsync(provider);
        using var writer = await BackofficeClients.AsAsync(site.Site, UserRoles.Writer);
        using var owner = await BackofficeClients.AsAsync(site.Site, UserRoles.GuesthouseOwner);
        var before = await StoredAsync(site, Samples.Enquiry);
        var name = FieldOf(before, "name");
        string[] screens =
        [
            List, Form(Samples.Enquiry), Field(Samples.Enquiry, name.Id, "en"), NewField(Samples.Enquiry, "number", "en"),
            $"{List}/{Samples.Enquiry:D}/fields/{name.Id:D}/remove", $"{List}/{Samples.Enquiry:D}/entries", $"{List}/{Samples.Enquiry:D}/entries.csv",
        ];

        // A writer reads every screen, and is offered nothing that changes a form.
        var formScreen = await writer.GetStringAsync(Form(Samples.Enquiry));
        Assert.Contains("disabled=\"disabled\"", formScreen);
        Assert.DoesNotContain("id=\"move-", formScreen);
        Assert.DoesNotContain("id=\"delete-form\"", formScreen);
        Assert.DoesNotContain("id=\"add-field\"", formScreen);
        Assert.DoesNotContain("id=\"new-form\"", await writer.GetStringAsync(List));
        Assert.DoesNotContain("class=\"actionbar\"", await writer.GetStringAsync(Field(Samples.Enquiry, name.Id, "en")));
        foreach (var screen in screens)
        {
            using var read = await writer.GetAsync(screen);
            Assert.True(read.StatusCode == HttpStatusCode.OK, $"writer got {read.StatusCode} for {screen}");
        }

        // …and a writer's post, with a valid antiforgery field, is refused and changes nothing.
        using var texts = await BackofficeForm.Read(formScreen, "form-texts").Set("name", "Renamed by a writer").PostAsync(writer, intent: null);
        using var created = await writer.PostAsync(List, new FormUrlEncodedContent(
            [new("__RequestVerificationToken", BackofficeForm.Read(formScreen, "form-texts")["__RequestVerificationToken"]!), new("name", "Writer's form")]));
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (texts.StatusCode, created.StatusCode));
        Assert.Contains("only editors and administrators change them", await texts.Content.ReadAsStringAsync());
        Assert.Equal(before.Revision, (await StoredAsync(site, Samples.Enquiry)).Revision);
        Assert.Equal(4, await site.WithFormsDbAsync(db => db.FormDefinitions.CountAsync()));

        // A guesthouse owner is signed in but not for forms: a 403 page in words, never the sign-in page.
        foreach (var screen in screens)
        {
            using var refused = await owner.GetAsync(screen);
            Assert.True(refused.StatusCode == HttpStatusCode.Forbidden, $"owner got {refused.StatusCode} for {screen}");
            Assert.Contains("your account has no access to this screen", await refused.Content.ReadAsStringAsync());
        }

        // Anonymous: to sign-in, with the way back.
        using var anonymous = await site.Site.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(Form(Samples.Enquiry));
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal("/umbraco/login?returnUrl=" + Uri.EscapeDataString(Form(Samples.Enquiry)), anonymous.Headers.Location!.PathAndQuery);

        // An editor's save without the antiforgery field (nor the header a script sends) is refused.
        using var editor = await BackofficeClients.AsAsync(site.Site, UserRoles.Editor);
        editor.DefaultRequestHeaders.Remove("X-XSRF-TOKEN");
        using var forged = await BackofficeForm.Read(await editor.GetStringAsync(Form(Samples.Enquiry)), "form-texts").Set("name", "Forged").Without("__RequestVerificationToken").PostAsync(editor, intent: null);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(before.Revision, (await StoredAsync(site, Samples.Enquiry)).Revision);
    }
}
