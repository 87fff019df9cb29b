using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Forms.Site;

/// <summary>
/// The booking form on the site, without JavaScript: rendered from the page's picked form in each language, posted to
/// the page with antiforgery, refused with each field's message and the values kept, a honeypot that stores nothing,
/// and POST-redirect-GET to a receipt with the reference, the terms and an email, booking once per idempotency key.
/// </summary>
public sealed class SiteFormTests(SiteFormSites sites) : IClassFixture<SiteFormSites>
{
    private const string Stay = "/stays/sangjiu-courtyard/";

    [Theory]
    [BothProvidersInlineData("", "入住日期", "房型", "申请预订", "到店付款")]
    [BothProvidersInlineData("/en", "Check-in", "Room type", "Request to book", "Pay on arrival")]
    [BothProvidersInlineData("/bo", "ཞུགས་ཚེས།", "ཁང་མིག", "སྔོན་འགོག་ཞུ།", "སླེབས་རྗེས་རིན་སྤྲོད་རོགས།")]
    public async Task The_stay_page_renders_the_picked_form_with_labels_in_the_visitors_language(
        DatabaseProvider provider, string prefix, string checkIn, string room, string submit, string pay)
    {
        var (forms, _) = await sites.GetAsync(provider);
        using var visitor = new SiteFormVisitor(forms.Site);
        var (status, html, response) = await visitor.GetAsync(prefix + Stay);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Matches($"<label for=\"f-checkIn\">{Regex.Escape(checkIn)}", html);
        Assert.Matches($"<label for=\"f-roomType\">{Regex.Escape(room)}", html);
        Assert.Contains($">{submit}</button>", html);
        Assert.Contains(pay, html);
        Assert.Contains($"action=\"{prefix}{Stay}#booking-form\"", html);
        // The room types of the page, by name, rather than a box for a block key.
        Assert.Contains("<option value=\"6849534f-52fc-4d52-9e83-40f17ff3e28e\">家庭房 / Family room", html);
        Assert.NotNull(visitor.Token);
        Assert.False(SiteHttpHasInlineScript(html));
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [BothProvidersInlineData("/sangjiu-baga/xueni-agritourism-park/orchard-picking/", "场次（日期 时间）")]
    [BothProvidersInlineData("/en/events/sangjiu-red-study-day-2027/", "Guests")]
    public async Task Experience_and_event_pages_show_their_booking_form(DatabaseProvider provider, string path, string label)
    {
        var (forms, _) = await sites.GetAsync(provider);
        using var visitor = new SiteFormVisitor(forms.Site);
        var (status, html, _) = await visitor.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("id=\"booking-form\"", html);
        Assert.Contains(label, html);
    }

    [Theory, BothProviders]
    public async Task A_form_page_is_never_served_from_the_output_cache_so_no_visitor_gets_anothers_token(DatabaseProvider provider)
    {
        var (forms, _) = await sites.GetAsync(provider);
        using var first = new SiteFormVisitor(forms.Site);
        using var second = new SiteFormVisitor(forms.Site);
        var (_, _, one) = await first.GetAsync("/en" + Stay);
        var (_, _, two) = await second.GetAsync("/en" + Stay);

        Assert.Null(two.Headers.Age);
        Assert.NotEqual(first.Token, second.Token);
        // The first visitor's token does not work with the second visitor's cookie.
        var before = await EntriesAsync(forms);
        var (status, _, _) = await second.PostAsync("/en" + Stay, [.. SiteFormVisitor.Stay(Samples.StandardTwin, 150), new("__RequestVerificationToken", first.Token!)]);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(before, await EntriesAsync(forms));
    }

    [Theory, BothProviders]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_stores_nothing(DatabaseProvider provider)
    {
        var (forms, _) = await sites.GetAsync(provider);
        using var visitor = new SiteFormVisitor(forms.Site);
        await visitor.GetAsync("/en" + Stay);
        var before = await EntriesAsync(forms);

        var (status, html, _) = await visitor.PostAsync("/en" + Stay, SiteFormVisitor.Stay(Samples.StandardTwin, 151), withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("This page had expired", html);
        Assert.Equal("Ada Guest", SiteFormVisitor.InputValue(html, "name"));
        Assert.Equal(before, await EntriesAsync(forms));
    }

    [Theory]
    [BothProvidersInlineData("", "请填写有效的电话号码（手机号）", "人数不能大于10", "请填写个人信息使用")]
    [BothProvidersInlineData("/en", "Please provide a valid phone number for Phone", "Guests must be at most 10", "Please provide a value for Use of my details")]
    [BothProvidersInlineData("/bo", "ཁ་པར། ཁ་པར་ཨང་གྲངས་ཡང་དག་པ་འབྲི་རོགས།", "མི་གྲངས། 10 ལས་མང་མི་ཆོག", "སྒེར་གྱི་ཆ་འཕྲིན། འབྲི་རོགས།")]
    public async Task Invalid_fields_each_get_their_own_message_in_the_visitors_language_and_nothing_is_stored(
        DatabaseProvider provider, string prefix, string phone, string guests, string consent)
    {
        var (forms, _) = await sites.GetAsync(provider);
        using var visitor = new SiteFormVisitor(forms.Site);
        await visitor.GetAsync(prefix + Stay);
        var before = await EntriesAsync(forms);
        var fields = SiteFormVisitor.Stay(Samples.StandardTwin, 152, guests: "11", phone: "call me").Where(f => f.Key != "consent");

        var (status, html, _) = await visitor.PostAsync(prefix + Stay, fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal(phone, SiteFormVisitor.FieldError(html, "phone"));
        Assert.Equal(guests, SiteFormVisitor.FieldError(html, "guests"));
        Assert.Equal(consent, SiteFormVisitor.FieldError(html, "consent"));
        Assert.Null(SiteFormVisitor.FieldError(html, "name"));
        Assert.Equal("call me", SiteFormVisitor.InputValue(html, "phone"));
        Assert.Equal("Ada Guest", SiteFormVisitor.InputValue(html, "name"));
        Assert.Contains("<option value=\"6d58e5c9-32d5-4315-9427-632e562d70cb\" selected=\"selected\">", html);
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"f-phone-error\"", html);
        Assert.Equal(before, await EntriesAsync(forms));
    }

    [Theory, BothProviders]
    public async Task A_filled_honeypot_looks_accepted_but_stores_nothing(DatabaseProvider provider)
    {
        var (forms, _) = await sites.GetAsync(provider);
        using var visitor = new SiteFormVisitor(forms.Site);
        await visitor.GetAsync("/en" + Stay);
        var before = await EntriesAsync(forms);

        var (status, _, response) = await visitor.PostAsync("/en" + Stay, [.. SiteFormVisitor.Stay(Samples.StandardTwin, 153), new("_website", "http://spam.example")]);

        Assert.Equal(HttpStatusCode.SeeOther, status);
        var (received, html, _) = await visitor.GetAsync(response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, received);
        Assert.Contains("Request received", html);
        Assert.DoesNotContain("ZG-", html);
        Assert.Equal(before, await EntriesAsync(forms));
    }

    [Theory, BothProviders]
    public async Task A_sent_booking_redirects_to_its_receipt_with_the_reference_terms_and_an_email(DatabaseProvider provider)
    {
        var (forms, pickup) = await sites.GetAsync(provider);
        using var visitor = new SiteFormVisitor(forms.Site);
        await visitor.GetAsync(Stay);

        var (status, _, response) = await visitor.PostAsync(Stay, SiteFormVisitor.Stay(Samples.StandardTwin, 154, email: "ada@example.org"));

        Assert.Equal(HttpStatusCode.SeeOther, status);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/booking/received?t=", location);
        var (received, html, page) = await visitor.GetAsync(location);
        Assert.Equal(HttpStatusCode.OK, received);
        Assert.Contains("no-store", page.Headers.CacheControl?.ToString());
        var reference = Regex.Match(html, "<strong class=\"reference-code\">(ZG-[2-9A-HJ-NP-Y]{6})</strong>").Groups[1].Value;
        Assert.NotEmpty(reference);
        Assert.Contains("到店付款：本网站不收取任何在线付款。", html);
        Assert.Contains("业主将在", html);
        Assert.Contains("确认邮件已发往 ada@example.org", html);
        Assert.Contains("2 晚", html);
        Assert.Contains("标准间 / Standard twin", html);
        var booking = await forms.WithFormsDbAsync(db => db.Bookings.SingleAsync(b => b.Reference == reference));
        Assert.Equal(2, booking.Nights);
        Assert.Equal(Samples.SangjiuCourtyard, booking.ContentId);

        var mail = await WaitForMailAsync(pickup, reference);
        Assert.Contains("ada@example.org", mail);
    }

    [Theory, BothProviders]
    public async Task A_double_submit_with_the_same_idempotency_key_books_once(DatabaseProvider provider)
    {
        var (forms, _) = await sites.GetAsync(provider);
        using var visitor = new SiteFormVisitor(forms.Site);
        await visitor.GetAsync("/en" + Stay);
        var fields = SiteFormVisitor.Stay(Samples.StandardTwin, 155);

        var first = await visitor.PostAsync("/en" + Stay, fields);
        var second = await visitor.PostAsync("/en" + Stay, fields);

        Assert.Equal(HttpStatusCode.SeeOther, first.Status);
        Assert.Equal(HttpStatusCode.SeeOther, second.Status);
        var references = new List<string>();
        foreach (var post in new[] { first, second })
        {
            var (_, html, _) = await visitor.GetAsync(post.Response.Headers.Location!.OriginalString);
            references.Add(Regex.Match(html, "reference-code\">(ZG-[^<]+)<").Groups[1].Value);
        }

        var reference = Assert.Single(references.Distinct());
        Assert.Equal(1, await forms.WithFormsDbAsync(db => db.Entries.CountAsync(e => e.IdempotencyKey == visitor.IdempotencyKey)));
        Assert.Equal(1, await forms.WithFormsDbAsync(db => db.Bookings.CountAsync(b => b.Reference == reference)));
    }

    [Theory, BothProviders]
    public async Task A_full_room_is_refused_with_the_reason_next_to_the_room_field(DatabaseProvider provider)
    {
        var (forms, _) = await sites.GetAsync(provider);
        using var first = new SiteFormVisitor(forms.Site);
        await first.GetAsync(Stay);
        var booked = await first.PostAsync(Stay, SiteFormVisitor.Stay(Samples.FamilyRoom, 160, nights: 3));
        Assert.Equal(HttpStatusCode.SeeOther, booked.Status);

        using var second = new SiteFormVisitor(forms.Site);
        await second.GetAsync(Stay);
        var before = await EntriesAsync(forms);
        var (status, html, _) = await second.PostAsync(Stay, SiteFormVisitor.Stay(Samples.FamilyRoom, 161, nights: 2));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal($"{Bodies.Day(161)}已满，请换个日期", SiteFormVisitor.FieldError(html, "roomType"));
        Assert.Equal(Bodies.Day(161), SiteFormVisitor.InputValue(html, "checkIn"));
        Assert.Equal(before, await EntriesAsync(forms));
    }

    private static Task<int> EntriesAsync(FormsSite forms) => forms.WithFormsDbAsync(db => db.Entries.CountAsync());

    private static bool SiteHttpHasInlineScript(string html) => PublicSite.SiteHttp.HasInlineScript(html);

    private static async Task<string> WaitForMailAsync(string pickup, string reference)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            foreach (var file in Directory.GetFiles(pickup, "*.eml"))
            {
                var text = await File.ReadAllTextAsync(file);
                if (text.Contains(reference, StringComparison.Ordinal))
                {
                    return text;
                }
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No .eml with {reference} appeared in {pickup} within 10 s.");
    }
}
