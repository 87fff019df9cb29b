using System.Net;
using System.Text;
using System.Text.Json;
using ZhuwaGen.Tourism.Cms.Management;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Contracts;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using static ZhuwaGen.Tourism.Tests.Delivery.DeliveryHttp;

namespace ZhuwaGen.Tourism.Tests.PropertyEditors.Integer;

/// <summary>
/// A number too big for any numeric type, saved through the Management API, is a validation error on that property,
/// never a 500: before, a 41-digit integer reached the validator as a BigInteger and a cast threw.
/// </summary>
public sealed class OutOfRangeNumberSaveTests(ContractSites sites) : IClassFixture<ContractSites>
{
    private static readonly (string Alias, string Number, string Message)[] Cases =
    [
        ("orderOnRoute", "100000000000000000000000000000000000000000", "Enter a whole number"),
        ("orderOnRoute", "1e40", "Enter a whole number"),
        ("latitude", "-100000000000000000000000000000000000000000", "Enter a number"),
        ("latitude", "1e40", "Enter a number"),
    ];

    [Theory, BothProviders]
    public async Task Is_a_400_naming_the_property(DatabaseProvider provider)
    {
        var admin = (await sites.GetAsync(provider)).Admin;
        foreach (var (alias, number, message) in Cases)
        {
            var body = $$"""
                {
                  "variants": [{ "culture": "zh-Hans", "name": "桑久红色驿站" }, { "culture": "en", "name": "Sangjiu Red Station" }],
                  "values": [{ "alias": "{{alias}}", "culture": null, "value": {{number}} }]
                }
                """;
            using var content = new StringContent(body, Encoding.UTF8, "application/json");

            using var response = await admin.PutAsync($"{ManagementApiRoutes.Base}/document/{RedStation}", content);
            var text = await response.Content.ReadAsStringAsync();

            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{alias} = {number}: {(int)response.StatusCode} {text}");
            var errors = JsonDocument.Parse(text).RootElement.GetProperty("errors");
            Assert.StartsWith(message, errors.GetProperty(alias)[0].GetString());
        }
    }
}
