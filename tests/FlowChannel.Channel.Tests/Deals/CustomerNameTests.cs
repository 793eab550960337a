using FlowChannel.Channel.Deals;

namespace FlowChannel.Channel.Tests.Deals;

public sealed class CustomerNameTests
{
    [Theory]
    [InlineData("Acme Co., Ltd.", "acme")]
    [InlineData("ＡＣＭＥ　Ｃｏ．，Ｌｔｄ．", "acme")]
    [InlineData("  ACME   Inc. ", "acme")]
    [InlineData("Acme, LLC", "acme")]
    [InlineData("Acme Group Co., Ltd.", "acme")]
    [InlineData("Costco", "costco")]
    [InlineData("Costco Wholesale Corporation", "costcowholesale")]
    [InlineData("Blue-Sky Tech", "blueskytech")]
    [InlineData("北京某某科技有限公司", "北京某某科技")]
    [InlineData("某某集团股份有限公司", "某某")]
    [InlineData("某某有限责任公司", "某某")]
    [InlineData("某某 集团", "某某")]
    [InlineData("某某公司", "某某")]
    [InlineData("阿里巴巴（中国）有限公司", "阿里巴巴中国")]
    [InlineData("阿里巴巴(中国)有限公司", "阿里巴巴中国")]
    [InlineData("华为技术有限公司·深圳", "华为技术有限公司深圳")]
    [InlineData("ＡＢＣ有限公司", "abc")]
    public void Names_are_reduced_to_a_comparable_form(string name, string expected) =>
        Assert.Equal(expected, CustomerName.Normalize(name));

    [Theory]
    [InlineData("集团")]
    [InlineData("有限公司")]
    [InlineData("Company")]
    public void A_name_that_is_only_a_company_form_is_kept(string name) =>
        Assert.Equal(name.ToLowerInvariant(), CustomerName.Normalize(name));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("，。、")]
    public void Blank_or_punctuation_only_names_normalise_to_empty(string? name) =>
        Assert.Equal("", CustomerName.Normalize(name));

    [Fact]
    public void Spelling_variants_of_one_company_become_equal() =>
        Assert.Equal(CustomerName.Normalize("深圳市腾讯计算机系统有限公司"), CustomerName.Normalize(" 深圳市腾讯计算机系统 公司 "));
}
