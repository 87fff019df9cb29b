using ZhuwaGen.Tourism.Cms.Schema;
using ZhuwaGen.Tourism.Forms.Definitions;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Forms.Definitions;

/// <summary>The &lt;Forms&gt; section of umbraco.config: read, checked, and written back unchanged.</summary>
public sealed class FormXmlTests
{
    private static string RepositoryConfig => File.ReadAllText(Path.Combine(CmsTestHost.RepositoryRoot, "umbraco.config"));

    [Fact]
    public void The_repository_forms_are_read_with_their_pages_fields_and_workflows()
    {
        var read = FormXmlReader.Parse(RepositoryConfig);
        Assert.True(read.Succeeded, string.Join("\n", read.Errors));
        Assert.Equal(4, read.Schema.Forms.Count);
        var stay = read.Schema.Find(Samples.GuesthouseStay)!;
        Assert.True(stay.IsBookingForm);
        Assert.Equal(
            ["checkIn", "checkOut", "roomType", "guests", "name", "phone", "email", "message", "consent"],
            stay.Fields.Select(f => f.Alias));
        Assert.Contains(stay.Workflows, w => w.Stage == WorkflowStage.OnApprove && w.Kind == WorkflowKind.SendEmail);
        var enquiry = read.Schema.Find(Samples.Enquiry)!;
        Assert.False(enquiry.IsBookingForm);
        Assert.Equal(ConditionAction.Show, enquiry.FieldByAlias("groupSize")!.Condition!.ActionType);
        Assert.Equal("请填写{0}", read.Schema.Messages["required"].Get("zh-Hans", "zh-Hans"));
    }

    [Fact]
    public void The_repository_umbraco_config_with_its_forms_is_written_back_byte_for_byte()
    {
        var original = RepositoryConfig;
        var written = SchemaFileWriter.Write(SchemaFileReader.Parse(original).Schema!, [FormXmlWriter.Write(FormXmlReader.Parse(original).Schema)]);
        if (written != original)
        {
            File.WriteAllText(Path.Combine(Path.GetTempPath(), "umbraco.config.forms-written"), written);
        }

        Assert.Equal(original, written);
    }

    [Fact]
    public void Every_problem_is_reported_with_its_line()
    {
        const string xml = """
            <Umbraco>
              <Forms>
                <Form Key="11111111-1111-1111-1111-111111111111">
                  <Name>Broken</Name>
                  <Pages><Page Key="22222222-2222-2222-2222-222222222222"><Fieldset Key="33333333-3333-3333-3333-333333333333"><Column>
                    <Field Key="44444444-4444-4444-4444-444444444444" Alias="a" Type="telepathy" />
                    <Field Key="55555555-5555-5555-5555-555555555555" Alias="b" Type="shortAnswer" Pattern="([" />
                    <Field Alias="c" Type="dropdown" />
                    <Field Key="66666666-6666-6666-6666-666666666666" Alias="d" Type="shortAnswer">
                      <Condition ActionType="Show" LogicType="Sometimes"><Rule Field="99999999-9999-9999-9999-999999999999" Operator="Is" Value="x" /></Condition>
                    </Field>
                  </Column></Fieldset></Page></Pages>
                  <Workflows><Workflow Key="77777777-7777-7777-7777-777777777777" Name="x" Stage="Later" Kind="SendEmail" /></Workflows>
                </Form>
              </Forms>
            </Umbraco>
            """;
        var read = FormXmlReader.Parse(xml);
        Assert.False(read.Succeeded);
        Assert.Empty(read.Schema.Forms);
        Assert.Contains(read.Errors, e => e.Contains("Line 6") && e.Contains("telepathy"));
        Assert.Contains(read.Errors, e => e.Contains("Line 7") && e.Contains("regular expression"));
        Assert.Contains(read.Errors, e => e.Contains("Line 8") && e.Contains("Key"));
        Assert.Contains(read.Errors, e => e.Contains("\"c\"") && e.Contains("PreValues"));
        Assert.Contains(read.Errors, e => e.Contains("Sometimes"));
        Assert.Contains(read.Errors, e => e.Contains("99999999-9999-9999-9999-999999999999"));
        Assert.Contains(read.Errors, e => e.Contains("Later"));
    }
}
