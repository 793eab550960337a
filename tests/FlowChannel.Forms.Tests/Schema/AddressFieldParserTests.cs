using FlowChannel.Forms.Regions;

namespace FlowChannel.Forms.Tests.Schema;

public class AddressFieldParserTests
{
    [Fact]
    public void An_address_asks_for_districts_and_a_detail_line_unless_told_otherwise()
    {
        var field = TestForms.Schema("""{"key": "office", "type": "address", "label": "Office"}""").FindField("office")!;

        Assert.Equal((FieldType.Address, RegionLevel.District, true), (field.Type, field.AddressLevel, field.AddressDetail));
    }

    [Theory]
    [InlineData("province", RegionLevel.Province)]
    [InlineData("city", RegionLevel.City)]
    [InlineData("district", RegionLevel.District)]
    public void Level_is_read(string level, RegionLevel expected)
    {
        var field = TestForms.Schema($$"""{"key": "office", "type": "address", "label": "Office", "level": "{{level}}", "detail": false}""").FindField("office")!;

        Assert.Equal((expected, false), (field.AddressLevel, field.AddressDetail));
    }

    [Theory]
    [InlineData("""{"key": "a", "type": "address", "label": "A", "level": "street"}""", "/fields/0/level")]
    [InlineData("""{"key": "a", "type": "address", "label": "A", "level": "City"}""", "/fields/0/level")]
    [InlineData("""{"key": "a", "type": "address", "label": "A", "level": 2}""", "/fields/0/level")]
    [InlineData("""{"key": "a", "type": "address", "label": "A", "detail": "yes"}""", "/fields/0/detail")]
    [InlineData("""{"key": "a", "type": "address", "label": "A", "maxLength": 10}""", "/fields/0/maxLength")]
    [InlineData("""{"key": "a", "type": "address", "label": "A", "options": [{"value": "x", "label": "X"}]}""", "/fields/0/options")]
    [InlineData("""{"key": "a", "type": "text", "label": "A", "level": "city"}""", "/fields/0/level")]
    [InlineData("""{"key": "a", "type": "text", "label": "A", "detail": true}""", "/fields/0/detail")]
    [InlineData("""{"key": "a", "type": "address", "label": "A", "defaultValue": {"province": "440000", "city": "110100"}}""", "/fields/0/defaultValue")]
    [InlineData("""{"key": "a", "type": "address", "label": "A", "defaultValue": "广东省"}""", "/fields/0/defaultValue")]
    public void Address_options_are_checked_with_their_pointer(string field, string expectedPointer) =>
        Assert.Equal(expectedPointer, TestForms.SingleError(TestForms.ParseWithFields(field)).Pointer);

    [Fact]
    public void An_unknown_level_names_the_allowed_ones()
    {
        var error = TestForms.SingleError(TestForms.ParseWithFields("""{"key": "a", "type": "address", "label": "A", "level": "street"}"""));

        Assert.Equal("\"level\" must be \"province\", \"city\" or \"district\", not \"street\".", error.Message);
    }

    [Fact]
    public void A_default_address_is_stored_normalized_with_its_names()
    {
        var field = TestForms.Schema("""{"key": "a", "type": "address", "label": "A", "level": "city", "defaultValue": {"province": "440000", "city": "440300"}}""").FindField("a")!;

        Assert.Equal("""{"province":"440000","provinceName":"广东省","city":"440300","cityName":"深圳市"}""", field.DefaultValue!.ToJsonString(TestForms.ReadableJson));
    }
}
