namespace FlowChannel.Forms.Tests.Validation;

public class AttachmentValidationTests
{
    private static readonly FormSchema Schema = TestForms.Schema(
        """{"key": "qualifications", "type": "attachment", "label": "Qualifications", "maxItems": 2}""");

    [Fact]
    public void Attachments_keep_only_their_known_members()
    {
        var data = TestForms.AssertValid(Schema, """
            {"qualifications": [
              {"id": "f1", "name": " licence.pdf ", "size": 1024, "contentType": "application/pdf", "url": "http://elsewhere"},
              {"id": "f2", "name": "iso9001.png", "size": "2048"}
            ]}
            """).Data;

        Assert.Equal(
            """{"qualifications":[{"id":"f1","name":"licence.pdf","size":1024,"contentType":"application/pdf"},{"id":"f2","name":"iso9001.png","size":2048}]}""",
            data.ToJsonString());
    }

    [Theory]
    [InlineData("""[{"id": "f1", "size": 1}]""", "qualifications[0].name", "required")]
    [InlineData("""[{"id": "f1", "name": "a", "size": 1}, {"name": "b", "size": 1}]""", "qualifications[1].id", "required")]
    [InlineData("""[{"id": "f1", "name": "a"}]""", "qualifications[0].size", "required")]
    [InlineData("""[{"id": "f1", "name": "a", "size": -1}]""", "qualifications[0].size", "type")]
    [InlineData("""[{"id": "f1", "name": "a", "size": 1.5}]""", "qualifications[0].size", "type")]
    [InlineData("""[{"id": 7, "name": "a", "size": 1}]""", "qualifications[0].id", "type")]
    [InlineData("""[{"id": "f1", "name": "a", "size": 1, "contentType": 5}]""", "qualifications[0].contentType", "type")]
    [InlineData("""["f1"]""", "qualifications[0]", "type")]
    [InlineData("""{"id": "f1", "name": "a", "size": 1}""", "qualifications", "type")]
    [InlineData("""[{"id": "a", "name": "a", "size": 1}, {"id": "b", "name": "b", "size": 1}, {"id": "c", "name": "c", "size": 1}]""", "qualifications", "maxItems")]
    public void Attachment_errors_name_the_item_and_member(string value, string path, string code)
    {
        var error = TestForms.SingleError(TestForms.Validate(Schema, $$"""{"qualifications": {{value}}}"""));

        Assert.Equal((path, code), (error.Path, error.Code));
    }

    [Fact]
    public void Attachment_member_messages_count_items_from_one()
    {
        var error = TestForms.SingleError(TestForms.Validate(Schema, """{"qualifications": [{"id": "f1", "size": 1}]}"""));

        Assert.Equal("Qualifications: attachment 1 has no \"name\"", error.Message);
    }
}
