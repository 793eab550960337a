using FlowChannel.Forms.Permissions;

namespace FlowChannel.Forms.Tests.Permissions;

/// <summary>A set's limit on the options of a choice field: its shape, and every wrong reference reported at its place.</summary>
public class OptionLimitParserTests
{
    private const string Fields = """
        [{"key": "name", "type": "text", "label": "Name"},
         {"key": "status", "type": "select", "label": "Status", "options": [
           {"value": "new", "label": "New"}, {"value": "accepted", "label": "Accepted"},
           {"value": "declined", "label": "Declined"}, {"value": "won", "label": "Won"}]},
         {"key": "tags", "type": "checkbox", "label": "Tags", "options": [{"value": "a", "label": "A"}, {"value": "b", "label": "B"}]},
         {"key": "owner", "type": "member", "label": "Owner"}]
        """;

    private static FormSchemaParseResult Parse(string fields) => FormSchemaParser.Parse($$$"""
        {"id": "test-form", "title": "Test", "fields": {{{Fields}}},
         "permissions": {"sets": [{"key": "partners", "roles": ["partner"], "actions": ["view", "edit"], "scope": "myPartner",
                                   "fieldDefault": "read", "fields": {{{fields}}}}]}}
        """);

    [Fact]
    public void An_editable_choice_field_names_the_options_its_members_may_set_beside_the_short_form()
    {
        var result = Parse("""{"status": {"right": "edit", "options": ["accepted", "declined"]}, "tags": "edit", "name": "edit"}""");

        Assert.Empty(result.Errors);
        var set = Assert.Single(result.Schema!.Permissions.Sets);
        Assert.Equal(FieldRight.Edit, set.FieldRightOf("status"));
        Assert.Equal(["accepted", "declined"], set.OptionsOf("status")!.Order(StringComparer.Ordinal));
        Assert.Equal(FieldRight.Edit, set.FieldRightOf("tags"));
        Assert.Null(set.OptionsOf("tags"));
        Assert.Null(set.OptionsOf("name"));
    }

    [Fact]
    public void An_entry_without_options_is_the_plain_right()
    {
        var set = Assert.Single(Parse("""{"status": {"right": "hidden"}}""").Schema!.Permissions.Sets);

        Assert.Equal(FieldRight.Hidden, set.FieldRightOf("status"));
        Assert.Null(set.OptionsOf("status"));
    }

    [Theory]
    [InlineData("""{"missing": {"right": "edit", "options": ["a"]}}""", "/permissions/sets/0/fields/missing", "no field \"missing\"")]
    [InlineData("""{"name": {"right": "edit", "options": ["a"]}}""", "/permissions/sets/0/fields/name/options", "not a radio, select")]
    [InlineData("""{"owner": {"right": "edit", "options": ["a"]}}""", "/permissions/sets/0/fields/owner/options", "not a radio, select")]
    [InlineData("""{"status": {"right": "edit", "options": ["accepted", "closed"]}}""", "/permissions/sets/0/fields/status/options/1", "no option \"closed\"")]
    [InlineData("""{"status": {"right": "read", "options": ["accepted"]}}""", "/permissions/sets/0/fields/status/options", "Only an editable field")]
    [InlineData("""{"status": {"right": "edit", "options": []}}""", "/permissions/sets/0/fields/status/options", "non-empty array")]
    [InlineData("""{"status": {"right": "edit", "options": [7]}}""", "/permissions/sets/0/fields/status/options/0", "non-empty string")]
    [InlineData("""{"status": {"options": ["accepted"]}}""", "/permissions/sets/0/fields/status", "needs its \"right\"")]
    [InlineData("""{"status": {"right": "write"}}""", "/permissions/sets/0/fields/status/right", "\"hidden\", \"read\" or \"edit\"")]
    [InlineData("""{"status": {"right": "edit", "values": ["accepted"]}}""", "/permissions/sets/0/fields/status/values", "Unknown property")]
    public void Every_wrong_reference_is_reported_at_its_place(string fields, string place, string message)
    {
        var error = TestForms.SingleError(Parse(fields));

        Assert.Equal(place, error.Pointer);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_set_saved_alone_is_checked_against_the_form_with_pointers_from_the_set()
    {
        var schema = FormSchemaParser.Parse($$"""{"id": "test-form", "title": "Test", "fields": {{Fields}}}""").Schema!;
        var set = JsonNode.Parse("""
            {"key": "p", "roles": ["partner"], "actions": ["edit"], "scope": "all", "fields": {"status": {"right": "edit", "options": ["lost"]}}}
            """)!.AsObject();

        var (parsed, errors) = PermissionSetParser.Parse(set, schema.Fields);

        Assert.Null(parsed);
        Assert.Equal("/fields/status/options/0", Assert.Single(errors).Pointer);
        // Stored sets are read without the form (they were checked when saved): the list is kept as written.
        Assert.Equal(["lost"], PermissionSetParser.Parse(set).Set!.OptionsOf("status"));
    }
}
