using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Documents.Validation;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.PropertyEditors;
using ZhuwaGen.Tourism.Cms.Schema;
using ZhuwaGen.Tourism.Forms.Definitions;
using ZhuwaGen.Tourism.Tests.Delivery;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Forms.Site;

/// <summary>
/// The bookingForm forms picker on the running site: the Delivery API's <c>{id, form}</c> (contract §1.6), the full
/// Forms definition when expanded, the seed's picks, and a save refused for a key that is not a form.
/// </summary>
public sealed class FormPickerTests(DeliverySites sites) : IClassFixture<DeliverySites>
{
    [Theory, BothProviders]
    public async Task Delivery_renders_the_picked_form_as_its_id_and_a_null_form(DatabaseProvider provider)
    {
        using var client = (await sites.GetAsync(provider)).CreateClient();
        var json = await DeliveryHttp.JsonAsync(client, $"item/{DeliveryHttp.Courtyard}", ("Api-Key", DeliverySites.ApiKey));

        var picker = json["properties"]!["bookingForm"]!.AsObject();
        Assert.Equal(["id", "form"], picker.Select(p => p.Key));
        Assert.Equal(Samples.GuesthouseStay.ToString("D"), (string?)picker["id"]);
        Assert.Null(picker["form"]);
    }

    [Theory]
    [BothProvidersInlineData("en")]
    [BothProvidersInlineData("zh-Hans")]
    public async Task Expanded_the_picker_holds_the_forms_api_definition_in_the_requests_culture(DatabaseProvider provider, string culture)
    {
        using var client = (await sites.GetAsync(provider)).CreateClient();
        var json = await DeliveryHttp.JsonAsync(
            client, $"item/{DeliveryHttp.OrchardPicking}?expand=properties[bookingForm]", ("Api-Key", DeliverySites.ApiKey), ("Accept-Language", culture));
        using var definition = await client.GetAsync($"/umbraco/forms/delivery/api/v1/definitions/{Samples.ExperienceSlot:D}?culture={culture}");
        Assert.Equal(HttpStatusCode.OK, definition.StatusCode);

        var form = json["properties"]!["bookingForm"]!["form"];
        Assert.NotNull(form);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(await definition.Content.ReadAsStringAsync()), form), form!.ToJsonString());
        Assert.Equal(culture == "en" ? "Book" : "预约", (string?)form["submitLabel"]);
    }

    [Theory, BothProviders]
    public async Task Every_sample_stay_experience_and_event_with_places_picks_its_booking_form(DatabaseProvider provider)
    {
        var site = await sites.GetAsync(provider);
        var registry = site.Services.GetRequiredService<FormRegistry>();
        var expected = new Dictionary<string, Guid>
        {
            ["guesthouse"] = Samples.GuesthouseStay,
            ["experience"] = Samples.ExperienceSlot,
            ["event"] = Samples.EventRegistration,
        };
        var bookable = site.Snapshot.All.Where(d => expected.ContainsKey(d.ContentTypeAlias)).ToList();

        Assert.Equal(7, bookable.Count);
        foreach (var document in bookable)
        {
            var picked = document.Values.Single(v => v.Alias == "bookingForm").Value?.ToString();
            Assert.Equal(expected[document.ContentTypeAlias].ToString("D"), picked);
            Assert.True(registry.Find(Guid.Parse(picked!))!.IsBookingForm);
        }
    }

    [Theory, BothProviders]
    public async Task Saving_a_key_that_is_not_a_form_is_refused_on_the_picker(DatabaseProvider provider)
    {
        var site = await sites.GetAsync(provider);
        var validator = site.Services.GetRequiredService<DocumentValidator>();
        var schema = site.Services.GetRequiredService<SchemaRegistry>().Current;
        var guesthouse = schema.FindContentType("guesthouse")!;
        var names = new Dictionary<string, string> { ["zh-Hans"] = "测试民宿" };

        IEnumerable<PropertyValidationError> PickerErrors(string key) =>
            validator.Validate(schema, guesthouse, names, [new PropertyValue("bookingForm", null, new JValue(key))], ["zh-Hans"])
                .Where(e => e.Alias == "bookingForm");

        var unknown = Guid.NewGuid();
        Assert.Equal($"There is no form {unknown:D}.", Assert.Single(PickerErrors(unknown.ToString("D"))).Message);
        Assert.Empty(PickerErrors(Samples.GuesthouseStay.ToString("D")));
        Assert.IsNotType<NoForms>(site.Services.GetRequiredService<IFormCatalog>());
    }
}
