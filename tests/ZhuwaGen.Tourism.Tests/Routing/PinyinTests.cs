using ZhuwaGen.Tourism.Cms.Routing;

namespace ZhuwaGen.Tourism.Tests.Routing;

public sealed class PinyinTests
{
    [Theory]
    [InlineData("学尼村", "xue-ni-cun")]
    [InlineData("扎拉村农夫市集", "zha-la-cun-nong-fu-shi-ji")]
    [InlineData("西藏察隅县竹瓦根镇", "xi-zang-cha-yu-xian-zhu-wa-gen-zhen")]
    [InlineData("学尼村果园 Orchard 2027", "xue-ni-cun-guo-yuan-orchard-2027")]
    [InlineData("绿色食品", "lv-se-shi-pin")]
    public void A_chinese_title_becomes_a_pinyin_segment(string title, string segment) =>
        Assert.Equal(segment, UrlSegments.FromName(Pinyin.Romanize(title)));

    [Fact]
    public void Tibetan_and_latin_text_is_left_as_it_is()
    {
        Assert.Equal("བཀྲ་ཤིས་ Tashi", Pinyin.Romanize("བཀྲ་ཤིས་ Tashi"));
    }
}
