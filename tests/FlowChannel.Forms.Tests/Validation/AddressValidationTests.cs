namespace FlowChannel.Forms.Tests.Validation;

public class AddressValidationTests
{
    private static readonly FormSchema Schema = TestForms.Schema(
        """{"key": "office", "type": "address", "label": {"zh-CN": "办公地址", "en": "Office"}, "required": true}""",
        """{"key": "branch", "type": "address", "label": "Branch"}""",
        """{"key": "city", "type": "address", "label": "City", "level": "city", "detail": false, "required": true}""",
        """{"key": "province", "type": "address", "label": "Province", "level": "province"}""");

    private const string OfficeValue = """{"province": "440000", "city": "440300", "district": "440305"}""";

    private const string Office = "\"office\": " + OfficeValue;

    private const string City = "\"city\": " + """{"province": "110000", "city": "110100"}""";

    private static string Json(JsonNode? node) => node!.ToJsonString(TestForms.ReadableJson);

    private static RecordValidationResult Validate(string members) => TestForms.Validate(Schema, "{" + members + "}");

    [Fact]
    public void A_full_address_is_stored_with_codes_names_and_trimmed_detail()
    {
        var data = TestForms.AssertValid(Schema, $$"""
            {"office": {"province": " 440000 ", "city": "440300", "district": "440305", "detail": "  科技园 1 号 "}, {{City}}}
            """).Data;

        Assert.Equal(
            """{"province":"440000","provinceName":"广东省","city":"440300","cityName":"深圳市","district":"440305","districtName":"南山区","detail":"科技园 1 号"}""",
            Json(data["office"]));
        Assert.Equal("""{"province":"110000","provinceName":"北京市","city":"110100","cityName":"北京市"}""", Json(data["city"]));
    }

    [Fact]
    public void Names_sent_by_the_client_are_replaced_and_unknown_members_dropped()
    {
        var data = TestForms.AssertValid(Schema, $$"""
            {"office": {"province": "440000", "provinceName": "火星", "city": "440300", "district": "440305", "street": "x", "lat": 22.5}, {{City}}}
            """).Data;

        Assert.Equal(
            """{"province":"440000","provinceName":"广东省","city":"440300","cityName":"深圳市","district":"440305","districtName":"南山区"}""",
            Json(data["office"]));
    }

    [Fact]
    public void Levels_below_the_fields_level_and_an_unasked_detail_are_dropped()
    {
        var data = TestForms.AssertValid(Schema, "{" + Office + """
            , "city": {"province": "110000", "city": "110100", "district": "110108", "detail": "中关村"},
              "province": {"province": "440000", "city": "440300", "detail": "科技园"}}
            """).Data;

        Assert.Equal("""{"province":"110000","provinceName":"北京市","city":"110100","cityName":"北京市"}""", Json(data["city"]));
        Assert.Equal("""{"province":"440000","provinceName":"广东省","detail":"科技园"}""", Json(data["province"]));
    }

    [Theory]
    [InlineData("""{"province": "810000"}""", """{"province":"810000","provinceName":"香港特别行政区"}""")]
    [InlineData("""{"province": "710000", "detail": "台北市信义区"}""", """{"province":"710000","provinceName":"台湾省","detail":"台北市信义区"}""")]
    [InlineData("""{"province": "440000", "city": "441900"}""", """{"province":"440000","provinceName":"广东省","city":"441900","cityName":"东莞市"}""")]
    public void A_required_address_stops_where_the_region_list_does(string office, string stored) =>
        Assert.Equal(stored, Json(TestForms.AssertValid(Schema, $$"""{"office": {{office}}, {{City}}}""").Data["office"]));

    [Theory]
    [InlineData("""{"province": "440000"}""", """{"province":"440000","provinceName":"广东省"}""")]
    [InlineData("""{"province": "440000", "city": "440300"}""", """{"province":"440000","provinceName":"广东省","city":"440300","cityName":"深圳市"}""")]
    [InlineData("""{"detail": "科技园"}""", """{"detail":"科技园"}""")]
    public void An_optional_address_may_stop_at_any_level(string branch, string stored) =>
        Assert.Equal(stored, Json(TestForms.AssertValid(Schema, "{" + $$"""{{Office}}, {{City}}, "branch": {{branch}}""" + "}").Data["branch"]));

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"province": "", "city": " ", "district": null, "detail": "  "}""")]
    [InlineData("null")]
    public void An_empty_optional_address_is_not_stored(string branch)
    {
        var data = TestForms.AssertValid(Schema, "{" + $$"""{{Office}}, {{City}}, "branch": {{branch}}""" + "}").Data;

        Assert.False(data.ContainsKey("branch"));
    }

    [Theory]
    // Shape and type
    [InlineData("\"广东省深圳市南山区\"", null, "office", "type")]
    [InlineData("""["440000"]""", null, "office", "type")]
    [InlineData("""{"province": 440000, "city": "440300", "district": "440305"}""", null, "office.province", "type")]
    [InlineData("""{"province": "440000", "city": "440300", "district": "440305", "detail": 5}""", null, "office.detail", "type")]
    // Required, as a whole and level by level
    [InlineData("{}", null, "office", "required")]
    [InlineData("""{"province": " "}""", null, "office", "required")]
    [InlineData(null, null, "office", "required")]
    [InlineData("""{"detail": "科技园"}""", null, "office.province", "required")]
    [InlineData("""{"province": "440000"}""", null, "office.city", "required")]
    [InlineData("""{"province": "440000", "city": "440300"}""", null, "office.district", "required")]
    [InlineData("""{"province": "440000", "city": "440300", "district": ""}""", null, "office.district", "required")]
    // Codes that are not regions of their level, or not inside the one above
    [InlineData("""{"province": "999999", "city": "440300", "district": "440305"}""", null, "office.province", "region")]
    [InlineData("""{"province": "440300", "city": "440300", "district": "440305"}""", null, "office.province", "region")]
    [InlineData("""{"province": "44", "city": "440300", "district": "440305"}""", null, "office.province", "region")]
    [InlineData("""{"province": "440000", "city": "440399", "district": "440305"}""", null, "office.city", "region")]
    [InlineData("""{"province": "440000", "city": "440305", "district": "440305"}""", null, "office.city", "region")]
    [InlineData("""{"province": "450000", "city": "440300", "district": "440305"}""", null, "office.city", "region")]
    [InlineData("""{"province": "440000", "city": "440300", "district": "440105"}""", null, "office.district", "region")]
    [InlineData("""{"province": "440000", "city": "440300", "district": "440300"}""", null, "office.district", "region")]
    [InlineData(OfficeValue, """{"province": "110000", "city": "440300"}""", "branch.city", "region")]
    [InlineData(OfficeValue, """{"province": "810000", "city": "810001"}""", "branch.city", "region")]
    // Skipped levels, even when not required
    [InlineData(OfficeValue, """{"city": "440300"}""", "branch.province", "required")]
    [InlineData(OfficeValue, """{"province": "440000", "district": "440305"}""", "branch.city", "required")]
    public void Address_errors_name_the_member_and_code(string? office, string? branch, string path, string code)
    {
        // The other required field gets a valid value, so each case has exactly one error.
        var members = new List<string> { City };
        if (office is not null)
        {
            members.Add("\"office\": " + office);
        }

        if (branch is not null)
        {
            members.Add("\"branch\": " + branch);
        }

        var error = TestForms.SingleError(Validate(string.Join(", ", members)));

        Assert.Equal((path, code), (error.Path, error.Code));
    }

    [Fact]
    public void A_detail_line_is_at_most_200_characters_as_people_count_them()
    {
        var longest = string.Concat(Enumerable.Repeat("𠀀", 200));
        TestForms.AssertValid(Schema, "{" + $$"""{{Office}}, {{City}}, "branch": {"detail": "{{longest}}"}""" + "}");

        var error = TestForms.SingleError(Validate($$"""{{Office}}, {{City}}, "branch": {"detail": "{{longest}}a"}"""));

        Assert.Equal(("branch.detail", "maxLength"), (error.Path, error.Code));
    }

    [Fact]
    public void Every_broken_level_is_reported_at_once()
    {
        var errors = Validate($$"""
            "office": {"province": "999999", "city": "000000", "district": "440305", "detail": 1}, {{City}}
            """).Errors;

        Assert.Equal(
            [("office.province", "region"), ("office.city", "region"), ("office.detail", "type")],
            errors.Select(e => (e.Path, e.Code)));
    }

    [Fact]
    public void A_required_city_level_address_does_not_ask_for_a_district()
    {
        var error = TestForms.SingleError(Validate($$"""{{Office}}, "city": {"province": "110000"}"""));

        Assert.Equal(("city.city", "required"), (error.Path, error.Code));
    }

    [Theory]
    [InlineData("en", """{"province": "440000", "city": "450100"}""", "Office: city \"450100\" is not in 广东省")]
    [InlineData("zh-CN", """{"province": "440000", "city": "450100"}""", "办公地址：城市“450100”不属于广东省")]
    [InlineData("en", """{"province": "123456"}""", "Office: \"123456\" is not a known province code")]
    [InlineData("zh-CN", """{"province": "123456"}""", "办公地址：“123456”不是有效的省份代码")]
    [InlineData("en", """{"province": "440000", "city": "440300"}""", "Office: needs a district")]
    [InlineData("zh-CN", """{"province": "440000", "city": "440300"}""", "办公地址：请选择区县")]
    [InlineData("en", """{"province": 44}""", "Office: the province must be a six-digit region code")]
    [InlineData("zh-CN", """{"province": 44}""", "办公地址：省份应为六位行政区划代码")]
    [InlineData("en", "\"深圳\"", "Office: must be an address with province, city and district codes")]
    [InlineData("zh-CN", "\"深圳\"", "办公地址：格式不正确，应为地址（省、市、区县代码）")]
    public void Address_messages_are_bilingual(string culture, string office, string message)
    {
        var result = TestForms.Validate(Schema, $$"""{"office": {{office}}, {{City}}}""", culture: culture);

        Assert.Equal(message, TestForms.SingleError(result).Message);
    }
}
