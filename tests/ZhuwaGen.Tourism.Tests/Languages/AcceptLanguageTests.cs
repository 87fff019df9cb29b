using ZhuwaGen.Tourism.Cms.Languages;

namespace ZhuwaGen.Tourism.Tests.Languages;

/// <summary>The one Accept-Language resolver (issue 6): the site's languages come from the schema, not from constants.</summary>
public sealed class AcceptLanguageTests
{
    private static readonly IReadOnlyList<Language> Site =
    [
        new(Guid.NewGuid(), "zh-Hans", "简体中文", IsDefault: true, IsMandatory: true, FallbackIsoCode: null),
        new(Guid.NewGuid(), "en", "English", IsDefault: false, IsMandatory: false, FallbackIsoCode: "zh-Hans"),
        new(Guid.NewGuid(), "bo", "བོད་ཡིག", IsDefault: false, IsMandatory: false, FallbackIsoCode: "zh-Hans"),
    ];

    [Theory]
    [InlineData("en", "en")]
    [InlineData("EN", "en")]
    [InlineData("en-US", "en")]
    [InlineData("zh", "zh-Hans")]
    [InlineData("zh-CN", "zh-Hans")]
    [InlineData("zh-Hans", "zh-Hans")]
    [InlineData("zh-Hans-CN", "zh-Hans")]
    [InlineData("zh-TW", "zh-Hans")]
    [InlineData("bo", "bo")]
    [InlineData("bo-CN", "bo")]
    [InlineData("fr;q=1, en;q=0.8", "en")]
    [InlineData("en;q=0.5, bo", "bo")]
    [InlineData("bo;q=0, en;q=0.1", "en")]
    [InlineData("en, bo", "en")]
    [InlineData("bo, en", "bo")]
    [InlineData("fr-FR", "zh-Hans")]
    [InlineData("fr, de;q=0.5", "zh-Hans")]
    [InlineData("*", "zh-Hans")]
    [InlineData("", "zh-Hans")]
    [InlineData(null, "zh-Hans")]
    [InlineData(";;;", "zh-Hans")]
    public void Resolves_to_one_of_the_site_languages(string? header, string expected) =>
        Assert.Equal(expected, AcceptLanguage.Resolve(header, Site, "zh-Hans"));

    [Theory]
    [InlineData("en-GB", "en-US")]
    [InlineData("de-AT", "de")]
    [InlineData("zh-CN", "en-US")]
    [InlineData("bo", "en-US")]
    public void Another_site_with_other_languages_gets_its_own(string header, string expected)
    {
        IReadOnlyList<Language> languages =
        [
            new(Guid.NewGuid(), "en-US", "English (US)", IsDefault: true, IsMandatory: true, FallbackIsoCode: null),
            new(Guid.NewGuid(), "de", "Deutsch", IsDefault: false, IsMandatory: false, FallbackIsoCode: "en-US"),
        ];

        Assert.Equal(expected, AcceptLanguage.Resolve(header, languages, "en-US"));
    }
}
