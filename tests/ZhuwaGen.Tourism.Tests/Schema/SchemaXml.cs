using ZhuwaGen.Tourism.Cms.Schema;

namespace ZhuwaGen.Tourism.Tests.Schema;

/// <summary>A small valid umbraco.config plus helpers to break it in one place per test.</summary>
internal static class SchemaXml
{
    public const string TextstringKey = "20000000-0000-4000-8000-000000000001";
    public const string BlocksKey = "20000000-0000-4000-8000-000000000002";
    public const string NumberKey = "20000000-0000-4000-8000-000000000003";
    public const string SeoKey = "30000000-0000-4000-8000-000000000001";
    public const string HighlightKey = "30000000-0000-4000-8000-000000000002";
    public const string EventKey = "30000000-0000-4000-8000-000000000003";
    public const string HomeKey = "30000000-0000-4000-8000-000000000004";

    public const string Valid = $$"""
        <?xml version="1.0" encoding="utf-8"?>
        <Umbraco>
          <Languages>
            <Language Key="10000000-0000-4000-8000-000000000001" Alias="zh-Hans" Level="0">
              <IsoCode>zh-Hans</IsoCode>
              <CultureName>简体中文</CultureName>
              <IsDefault>True</IsDefault>
              <IsMandatory>true</IsMandatory>
              <Fallback></Fallback>
            </Language>
            <Language Key="10000000-0000-4000-8000-000000000002" Alias="en-US" Level="0">
              <IsoCode>en-US</IsoCode>
              <CultureName>English (United States)</CultureName>
              <IsDefault>False</IsDefault>
              <IsMandatory>false</IsMandatory>
              <Fallback>zh-Hans</Fallback>
            </Language>
          </Languages>
          <DataTypes>
            <DataType Key="{{TextstringKey}}" Alias="Textstring" Level="1">
              <Info>
                <Name>Textstring</Name>
                <EditorAlias>Umbraco.TextBox</EditorAlias>
                <EditorUIAlias>Umb.PropertyEditorUi.TextBox</EditorUIAlias>
              </Info>
              <Config><![CDATA[{ "maxChars": 512 }]]></Config>
            </DataType>
            <DataType Key="{{BlocksKey}}" Alias="Highlights" Level="1">
              <Info>
                <Name>Highlights</Name>
                <EditorAlias>Umbraco.BlockList</EditorAlias>
              </Info>
              <Config><![CDATA[{"validationLimit":{"min":0,"max":5},"blocks":[{"contentElementTypeKey":"{{HighlightKey}}","settingsElementTypeKey":null}]}]]></Config>
            </DataType>
            <DataType Key="{{NumberKey}}" Alias="Number">
              <Info>
                <Name>Number</Name>
                <EditorAlias>Umbraco.Integer</EditorAlias>
              </Info>
            </DataType>
          </DataTypes>
          <ContentTypes>
            <ContentType Key="{{SeoKey}}" Alias="seo" Level="1">
              <Info>
                <Name>SEO</Name>
                <Variations>Culture</Variations>
              </Info>
              <GenericProperties>
                <GenericProperty>
                  <Key>40000000-0000-4000-8000-000000000001</Key>
                  <Name>Meta title</Name>
                  <Alias>metaTitle</Alias>
                  <Definition>{{TextstringKey}}</Definition>
                  <Type>Umbraco.TextBox</Type>
                  <Tab Alias="seo">SEO</Tab>
                  <Variations>Culture</Variations>
                </GenericProperty>
              </GenericProperties>
            </ContentType>
            <ContentType Key="{{HighlightKey}}" Alias="highlight" Level="1">
              <Info>
                <Name>Highlight</Name>
                <IsElement>True</IsElement>
              </Info>
              <GenericProperties>
                <GenericProperty>
                  <Key>40000000-0000-4000-8000-000000000002</Key>
                  <Name>Heading</Name>
                  <Alias>heading</Alias>
                  <Definition>{{TextstringKey}}</Definition>
                  <Type>Umbraco.TextBox</Type>
                </GenericProperty>
              </GenericProperties>
            </ContentType>
            <ContentType Key="{{EventKey}}" Alias="event" Level="1">
              <Info>
                <Name>Event</Name>
                <Icon>icon-calendar</Icon>
                <Description>Something on the calendar</Description>
                <AllowAtRoot>false</AllowAtRoot>
                <Variations>Culture</Variations>
                <IsElement>False</IsElement>
                <Compositions>
                  <Composition Key="{{SeoKey}}">seo</Composition>
                </Compositions>
              </Info>
              <Structure />
              <GenericProperties>
                <GenericProperty>
                  <Key>40000000-0000-4000-8000-000000000003</Key>
                  <Name>Title</Name>
                  <Alias>title</Alias>
                  <Definition>{{TextstringKey}}</Definition>
                  <Type>Umbraco.TextBox</Type>
                  <Mandatory>true</Mandatory>
                  <Validation>^.{1,80}$</Validation>
                  <Description><![CDATA[Shown as the page headline]]></Description>
                  <SortOrder>0</SortOrder>
                  <Tab Alias="content">Content</Tab>
                  <Variations>Culture</Variations>
                  <MandatoryMessage>A title is needed</MandatoryMessage>
                  <ValidationRegExpMessage>At most 80 characters</ValidationRegExpMessage>
                  <LabelOnTop>true</LabelOnTop>
                </GenericProperty>
                <GenericProperty>
                  <Key>40000000-0000-4000-8000-000000000004</Key>
                  <Name>Highlights</Name>
                  <Alias>highlights</Alias>
                  <Definition>{{BlocksKey}}</Definition>
                  <Type>Umbraco.BlockList</Type>
                  <SortOrder>1</SortOrder>
                  <Tab Alias="content">Content</Tab>
                </GenericProperty>
                <GenericProperty>
                  <Key>40000000-0000-4000-8000-000000000005</Key>
                  <Name>Capacity</Name>
                  <Alias>capacity</Alias>
                  <Definition>{{NumberKey}}</Definition>
                  <Type>Umbraco.Integer</Type>
                  <SortOrder>2</SortOrder>
                  <Tab Alias="content">Content</Tab>
                </GenericProperty>
              </GenericProperties>
              <Tabs>
                <Tab>
                  <Key>50000000-0000-4000-8000-000000000001</Key>
                  <Caption>Content</Caption>
                  <Alias>content</Alias>
                  <Type>Tab</Type>
                  <SortOrder>0</SortOrder>
                </Tab>
              </Tabs>
            </ContentType>
            <ContentType Key="{{HomeKey}}" Alias="home" Level="1">
              <Info>
                <Name>Home</Name>
                <AllowAtRoot>True</AllowAtRoot>
              </Info>
              <Structure>
                <ContentType Key="{{EventKey}}" SortOrder="0">event</ContentType>
              </Structure>
            </ContentType>
          </ContentTypes>
          <Forms>
            <Form Alias="contact" />
          </Forms>
        </Umbraco>
        """;

    /// <summary>The valid sample with one fragment replaced; fails loudly if the fragment is not there.</summary>
    public static string With(string oldText, string newText, string? xml = null)
    {
        xml ??= Valid;
        Assert.Contains(oldText, xml, StringComparison.Ordinal);
        return xml.Replace(oldText, newText, StringComparison.Ordinal);
    }

    /// <summary>The valid sample with extra content types appended to &lt;ContentTypes&gt;.</summary>
    public static string WithContentTypes(params string[] contentTypes) =>
        With("  </ContentTypes>", string.Concat(contentTypes) + "  </ContentTypes>");

    public static string ContentType(
        string alias, string key, string variations = "Nothing", string compositions = "", string isElement = "False",
        string properties = "") => $"""
            <ContentType Key="{key}" Alias="{alias}">
              <Info>
                <Name>{alias}</Name>
                <Variations>{variations}</Variations>
                <IsElement>{isElement}</IsElement>
                <Compositions>{compositions}</Compositions>
              </Info>
              <GenericProperties>{properties}</GenericProperties>
            </ContentType>

        """;

    public static string Composition(string alias) => $"<Composition>{alias}</Composition>";

    public static string Property(
        string alias, string key, string definition = TextstringKey, string type = "Umbraco.TextBox",
        string variations = "Nothing") => $"""
                <GenericProperty>
                  <Key>{key}</Key>
                  <Name>{alias}</Name>
                  <Alias>{alias}</Alias>
                  <Definition>{definition}</Definition>
                  <Type>{type}</Type>
                  <Variations>{variations}</Variations>
                </GenericProperty>
        """;

    /// <summary>1-based line of the first occurrence of <paramref name="marker"/>.</summary>
    public static int LineOf(string xml, string marker, int occurrence = 1)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = xml.IndexOf(marker, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, $"marker '{marker}' (occurrence {occurrence}) not found");
        }

        return xml[..index].Count(c => c == '\n') + 1;
    }

    /// <summary>Asserts an error whose text contains every fragment exists (and sits on the line, if given).</summary>
    public static SchemaError AssertError(SchemaReadResult result, int? line, params string[] fragments)
    {
        Assert.False(result.Succeeded);
        var match = result.Errors.FirstOrDefault(e => fragments.All(f => e.ToString().Contains(f, StringComparison.Ordinal)));
        Assert.True(match is not null,
            $"No error containing [{string.Join(" | ", fragments)}]. Errors:\n{string.Join("\n", result.Errors)}");
        if (line is not null)
        {
            Assert.Equal(line, match.Line);
        }

        return match;
    }
}
