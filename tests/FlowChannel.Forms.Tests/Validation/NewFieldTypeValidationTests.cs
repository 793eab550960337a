namespace FlowChannel.Forms.Tests.Validation;

/// <summary>Values of url, location, member(s), department(s), link, image, signature and attachment limits: stored shape, error path and code.</summary>
public class NewFieldTypeValidationTests
{
    private static readonly FormSchema Schema = TestForms.Schema(
        """{"key": "site", "type": "url", "label": "Site"}""",
        """{"key": "pos", "type": "location", "label": "Position"}""",
        """{"key": "owner", "type": "member", "label": "Owner"}""",
        """{"key": "reviewers", "type": "members", "label": "Reviewers", "maxItems": 2}""",
        """{"key": "dept", "type": "department", "label": "Dept"}""",
        """{"key": "depts", "type": "departments", "label": "Depts"}""",
        """{"key": "partner", "type": "link", "label": "Partner", "link": {"form": "partner-profile", "displayField": "companyName"}}""",
        """{"key": "photos", "type": "image", "label": "Photos", "maxSize": 1000}""",
        """{"key": "sign", "type": "signature", "label": "Signature"}""",
        """{"key": "docs", "type": "attachment", "label": "Docs", "accept": ["application/pdf"]}""",
        """{"key": "history", "type": "related", "label": "History", "related": {"form": "orders", "where": [{"field": "owner", "value": "owner"}], "columns": ["no"]}}""",
        """{"key": "line", "type": "divider"}""");

    private const string PartnerId = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";

    private static FieldError Single(string input) => TestForms.SingleError(TestForms.Validate(Schema, input));

    [Fact]
    public void Valid_values_of_every_new_type_are_stored_normalized()
    {
        var result = TestForms.AssertValid(Schema, $$"""
            {"site": " https://example.com/a?b=1 ", "pos": {"lat": "22.54312345678", "lng": 114.0579, "address": "  深圳市南山区  ", "extra": 1},
             "owner": {"id": " u1 ", "name": "李雷"}, "reviewers": ["u2", {"id": "u3"}, {"id": "u2", "name": "again"}],
             "dept": "d1", "depts": [{"id": "d1", "name": "华南"}], "partner": {"id": "{{PartnerId}}", "name": "星河"},
             "photos": [{"id": "p1", "name": "a.jpg", "size": 999, "contentType": "image/jpeg", "url": "http://evil"}],
             "sign": {"id": "s1", "name": "sign.png", "size": 10, "contentType": "image/png"},
             "docs": [{"id": "f1", "name": "a.pdf", "size": 5, "contentType": "application/pdf"}]}
            """);

        Assert.Equal(
            """{"site":"https://example.com/a?b=1","pos":{"lat":22.5431235,"lng":114.0579,"address":"深圳市南山区"},"owner":{"id":"u1","name":"李雷"},"reviewers":[{"id":"u2"},{"id":"u3"}],"dept":{"id":"d1"},"depts":[{"id":"d1","name":"华南"}],"partner":{"id":"3f2504e0-4f89-11d3-9a0c-0305e82c3301","name":"星河"},"photos":[{"id":"p1","name":"a.jpg","size":999,"contentType":"image/jpeg"}],"sign":{"id":"s1","name":"sign.png","size":10,"contentType":"image/png"},"docs":[{"id":"f1","name":"a.pdf","size":5,"contentType":"application/pdf"}]}""",
            result.Data.ToJsonString(TestForms.ReadableJson));
        Assert.Equal(
            ["owner:u1", "reviewers[0]:u2", "reviewers[1]:u3", "reviewers[2]:u2", "dept:d1", "depts[0]:d1", $"partner:{PartnerId}"],
            result.References.Select(r => $"{r.Path}:{r.Id}"));
    }

    [Theory]
    [InlineData("""{"site": "ftp://example.com"}""", "site", FieldErrorCodes.Url)]
    [InlineData("""{"site": "example.com"}""", "site", FieldErrorCodes.Url)]
    [InlineData("""{"pos": {"lat": 91, "lng": 0}}""", "pos", FieldErrorCodes.Location)]
    [InlineData("""{"pos": {"lat": 0}}""", "pos", FieldErrorCodes.Location)]
    [InlineData("""{"pos": {"lat": 0, "lng": 0, "address": 5}}""", "pos", FieldErrorCodes.Location)]
    [InlineData("""{"owner": {"name": "no id"}}""", "owner", FieldErrorCodes.Reference)]
    [InlineData("""{"owner": 42}""", "owner", FieldErrorCodes.Reference)]
    [InlineData("""{"reviewers": "u1"}""", "reviewers", FieldErrorCodes.Type)]
    [InlineData("""{"reviewers": ["u1", null]}""", "reviewers[1]", FieldErrorCodes.Reference)]
    [InlineData("""{"reviewers": ["u1", "u2", "u3"]}""", "reviewers", FieldErrorCodes.MaxItems)]
    [InlineData("""{"depts": [{"id": ""}]}""", "depts[0]", FieldErrorCodes.Reference)]
    [InlineData("""{"partner": {"id": "not-a-record-id"}}""", "partner", FieldErrorCodes.Reference)]
    [InlineData("""{"photos": [{"id": "p", "name": "a.pdf", "size": 1, "contentType": "application/pdf"}]}""", "photos[0]", FieldErrorCodes.FileType)]
    [InlineData("""{"photos": [{"id": "p", "name": "a.png", "size": 1001, "contentType": "image/png"}]}""", "photos[0]", FieldErrorCodes.FileSize)]
    [InlineData("""{"photos": [{"id": "p", "name": "a.png", "contentType": "image/png"}]}""", "photos[0].size", FieldErrorCodes.Required)]
    [InlineData("""{"photos": {"id": "p"}}""", "photos", FieldErrorCodes.Type)]
    [InlineData("""{"docs": [{"id": "f", "name": "a.zip", "size": 1}]}""", "docs[0]", FieldErrorCodes.FileType)]
    [InlineData("""{"sign": [{"id": "s", "name": "s.jpg", "size": 1, "contentType": "image/jpeg"}]}""", "sign", FieldErrorCodes.FileType)]
    [InlineData("""{"sign": "s1"}""", "sign", FieldErrorCodes.Type)]
    [InlineData("""{"sign": {"id": "s", "name": "s.png", "contentType": "image/png"}}""", "sign.size", FieldErrorCodes.Required)]
    public void Invalid_values_are_reported_at_their_path_with_their_code(string input, string path, string code)
    {
        var error = Single(input);

        Assert.Equal((path, code), (error.Path, error.Code));
    }

    [Fact]
    public void Display_only_items_keep_nothing_from_the_input()
    {
        var result = TestForms.AssertValid(Schema, """{"history": [{"no": 1}], "line": "x"}""");

        Assert.Empty(result.Data);
    }

    [Fact]
    public void Messages_name_the_field_in_the_readers_language()
    {
        var zh = TestForms.SingleError(TestForms.Validate(Schema, """{"pos": {"lat": 100, "lng": 0}}""", culture: "zh-CN"));

        Assert.StartsWith("Position：", zh.Message, StringComparison.Ordinal);
    }
}
