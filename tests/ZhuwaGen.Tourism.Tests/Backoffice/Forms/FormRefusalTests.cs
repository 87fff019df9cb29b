using System.Net;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Forms;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using static ZhuwaGen.Tourism.Tests.Backoffice.Forms.FormScreens;

namespace ZhuwaGen.Tourism.Tests.Backoffice.Forms;

/// <summary>
/// What the forms screens do when a change cannot be made: a broken rule of <c>FormRules</c> shown beside the field
/// that caused it, in the editor's language, with nothing stored; a change made from an older revision refused with
/// what was typed kept, and saved when the editor saves again.
/// </summary>
public sealed class FormRefusalTests
{
    [Theory, BothProviders]
    public async Task A_broken_rule_is_shown_beside_its_field_in_the_editors_language_and_nothing_is_stored(DatabaseProvider provider)
    {
        await using var site = await FormsSite.StartAsync(provider);
        using var editor = await BackofficeClients.InChineseAsync(site.Site, UserRoles.Editor);
        var before = await StoredAsync(site, Samples.Enquiry);
        var phone = FieldOf(before, "phone");

        // A pattern that is no regular expression, and an alias another field has: each beside its own input, in Chinese.
        using var refused = await BackofficeForm.Read(await editor.GetStringAsync(Field(Samples.Enquiry, phone.Id, "zh-Hans")), "field-edit")
            .Set("pattern", "([").Set("alias", "email").Set("caption", "联系电话").PostAsync(editor, intent: null);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("这不是有效的正则表达式。", Element(page, "e-pattern"));
        Assert.Contains("另一个字段已经用了别名 email。", Element(page, "e-alias"));
        Assert.Contains("aria-describedby=\"e-pattern pattern-help\"", page);
        Assert.Contains("value=\"联系电话\"", page);
        var after = await StoredAsync(site, Samples.Enquiry);
        Assert.Equal(before.Revision, after.Revision);
        Assert.Equal("phone", after.Form.FieldById(phone.Id)!.Alias);

        // Removing the topic, which the group size's condition reads: the problem is on the group size's card.
        var topic = FieldOf(before, "topic");
        var groupSize = FieldOf(before, "groupSize");
        using var removal = await BackofficeForm.Read(await editor.GetStringAsync($"{List}/{Samples.Enquiry:D}/fields/{topic.Id:D}/remove"), "remove-field").PostAsync(editor, intent: null);
        var formPage = await removal.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, removal.StatusCode);
        Assert.Contains("显示条件用到的字段已经不在表单里。", Element(formPage, $"field-{groupSize.Id:D}"));
        Assert.DoesNotContain("显示条件用到的字段", Element(formPage, $"field-{topic.Id:D}"));
        Assert.Equal(before.Revision, (await StoredAsync(site, Samples.Enquiry)).Revision);
        Assert.NotNull((await StoredAsync(site, Samples.Enquiry)).Form.FieldById(topic.Id));
    }

    [Theory, BothProviders]
    public async Task A_save_from_an_older_revision_is_refused_with_what_was_typed_kept_and_saving_again_applies_it(DatabaseProvider provider)
    {
        await using var site = await FormsSite.StartAsync(provider);
        using var first = await BackofficeClients.AsAsync(site.Site, UserRoles.Editor);
        using var second = await BackofficeClients.AsAsync(site.Site, UserRoles.Admin);
        var message = FieldOf(await StoredAsync(site, Samples.Enquiry), "message");
        var opened = await first.GetStringAsync(Field(Samples.Enquiry, message.Id, "en"));
        var openedTexts = await first.GetStringAsync(Form(Samples.Enquiry, "en"));

        // Someone else saves the form in between.
        await RedirectOfAsync(BackofficeForm.Read(await second.GetStringAsync(Form(Samples.Enquiry, "en")), "form-texts").Set("submitLabel", "Send it").PostAsync(second, intent: null));

        using var stale = await BackofficeForm.Read(opened, "field-edit").Set("caption", "Tell us about your trip").Set("max", "1500").PostAsync(first, intent: null);
        var page = await stale.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Someone saved this form after you opened it", page);
        Assert.Contains("value=\"Tell us about your trip\"", page);
        Assert.Contains("value=\"1500\"", page);
        var between = await StoredAsync(site, Samples.Enquiry);
        Assert.Equal(2, between.Revision);
        Assert.Equal("Message", between.Form.FieldById(message.Id)!.Caption.ByCulture["en"]);

        // The refused screen names the latest revision: saving again keeps theirs and adds mine.
        await RedirectOfAsync(BackofficeForm.Read(page, "field-edit").PostAsync(first, intent: null));
        var saved = await StoredAsync(site, Samples.Enquiry);
        Assert.Equal(("Tell us about your trip", 1500m, "Send it"), (saved.Form.FieldById(message.Id)!.Caption.ByCulture["en"], saved.Form.FieldById(message.Id)!.Max, saved.Form.SubmitLabel.ByCulture["en"]));

        // The form's own texts the same way: refused from the old revision, typed text kept.
        using var staleTexts = await BackofficeForm.Read(openedTexts, "form-texts").Set("messageOnSubmit", "We answer within a day.").PostAsync(first, intent: null);
        Assert.Equal(HttpStatusCode.Conflict, staleTexts.StatusCode);
        Assert.Contains("We answer within a day.</textarea>", await staleTexts.Content.ReadAsStringAsync());
        Assert.Equal("Thank you! We will answer soon.", (await StoredAsync(site, Samples.Enquiry)).Form.MessageOnSubmit.ByCulture["en"]);
    }
}
