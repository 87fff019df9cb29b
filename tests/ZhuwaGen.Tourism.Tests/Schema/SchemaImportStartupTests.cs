using ZhuwaGen.Tourism.Cms.Hosting;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Builders;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Schema;

/// <summary>CmsInitializer.ImportSchemaAsync on a broken "Cms:Schema:File": start-up stops with a message that says where.</summary>
public sealed class SchemaImportStartupTests
{
    private const string KeyA = "30000000-0000-4000-8000-0000000000a0";
    private const string KeyB = "30000000-0000-4000-8000-0000000000b0";

    [Theory, BothProviders]
    public async Task Malformed_xml_stops_start_up_naming_the_line(DatabaseProvider provider)
    {
        var xml = SchemaXml.With("<Name>Highlight</Name>", "<Name>Highlight</Nam>");

        var message = await StartUpFailureAsync(provider, xml);

        Assert.Contains($"line {SchemaXml.LineOf(xml, "</Nam>")}", message, StringComparison.Ordinal);
    }

    [Theory, BothProviders]
    public async Task An_unknown_editor_alias_stops_start_up_naming_the_property(DatabaseProvider provider)
    {
        var xml = SchemaXml.With("<Type>Umbraco.Integer</Type>", "<Type>Acme.Stars</Type>");

        var message = await StartUpFailureAsync(provider, xml);

        Assert.Contains("ContentType 'event' property 'capacity'", message, StringComparison.Ordinal);
        Assert.Contains("Acme.Stars", message, StringComparison.Ordinal);
    }

    [Theory, BothProviders]
    public async Task A_duplicate_alias_stops_start_up_naming_the_item_and_line(DatabaseProvider provider)
    {
        var xml = SchemaXml.WithContentTypes(SchemaXml.ContentType("Event", KeyA));

        var message = await StartUpFailureAsync(provider, xml);

        Assert.Contains("ContentType 'Event'", message, StringComparison.Ordinal);
        Assert.Contains($"line {SchemaXml.LineOf(xml, "Alias=\"Event\"")}", message, StringComparison.Ordinal);
    }

    [Theory, BothProviders]
    public async Task A_composition_cycle_stops_start_up_naming_the_types(DatabaseProvider provider)
    {
        var xml = SchemaXml.WithContentTypes(
            SchemaXml.ContentType("a", KeyA, compositions: SchemaXml.Composition("b")),
            SchemaXml.ContentType("b", KeyB, compositions: SchemaXml.Composition("a")));

        var message = await StartUpFailureAsync(provider, xml);

        Assert.Contains("ContentType 'a'", message, StringComparison.Ordinal);
        Assert.Contains("a → b → a", message, StringComparison.Ordinal);
    }

    /// <summary>Writes <paramref name="xml"/> to a temp file, points the setting at it and returns the start-up error.</summary>
    private static async Task<string> StartUpFailureAsync(DatabaseProvider provider, string xml)
    {
        var file = Path.Combine(Path.GetTempPath(), $"zhuwagen-broken-{Guid.NewGuid():N}.config");
        await File.WriteAllTextAsync(file, xml);
        try
        {
            // The host starts on a builder schema so that only the explicit ImportSchemaAsync reads the broken file.
            await using var host = await CmsTestHost.StartAsync(
                provider, new SchemaBuilder().WithLanguages().Build(), configure: s => s["Cms:Schema:File"] = file);

            var exception = await Assert.ThrowsAsync<CmsStartupException>(() =>
                host.WithScopeAsync<CmsInitializer>(i => i.ImportSchemaAsync(default)));
            Assert.Contains(Path.GetFileName(file), exception.Message, StringComparison.Ordinal);
            return exception.Message;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
