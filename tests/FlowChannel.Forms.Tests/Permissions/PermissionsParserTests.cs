using FlowChannel.Forms.Permissions;

namespace FlowChannel.Forms.Tests.Permissions;

public class PermissionsParserTests
{
    private const string Fields = """
        [{"key": "name", "type": "text", "label": "Name"},
         {"key": "owner", "type": "member", "label": "Owner"},
         {"key": "amount", "type": "money", "label": "Amount"},
         {"key": "note", "type": "description", "label": "Note", "content": "Read me"}]
        """;

    private static FormSchemaParseResult Parse(string permissions) =>
        FormSchemaParser.Parse($$"""{"id": "test-form", "title": "Test", "permissions": {{permissions}}, "fields": {{Fields}}}""");

    [Fact]
    public void A_form_without_permissions_declares_none()
    {
        var schema = TestForms.Schema("""{"key": "name", "type": "text", "label": "Name"}""");

        Assert.False(schema.Permissions.Declared);
        Assert.Empty(schema.Permissions.Sets);
    }

    [Fact]
    public void The_submit_list_is_a_submit_only_set_for_those_roles()
    {
        var set = Assert.Single(Parse("""{"submit": ["partner"]}""").Schema!.Permissions.Sets);

        Assert.Equal("submit", set.Key);
        Assert.Equal(["partner"], set.Roles);
        Assert.Equal([FormAction.Add, FormAction.View], set.Actions.Order(StringComparer.Ordinal));
        Assert.Equal([DataScope.CreatedByMe], set.Scopes);
        Assert.Equal("""{"key":"submit","preset":"submitOnly","roles":["partner"]}""", set.Source.ToJsonString());
    }

    [Fact]
    public void A_preset_gives_actions_scope_and_field_default_that_stated_properties_override()
    {
        var sets = Parse("""
            {"sets": [
              {"key": "viewers", "preset": "viewAll", "roles": ["finance"]},
              {"key": "own", "preset": "viewAll", "roles": ["partner"], "scope": ["myPartner", {"kind": "memberField", "field": "owner"}],
               "actions": ["view"], "fieldDefault": "hidden", "fields": {"name": "read", "amount": "edit"}}
            ]}
            """).Schema!.Permissions.Sets;

        Assert.Equal([DataScope.All], sets[0].Scopes);
        Assert.Contains(FormAction.Export, sets[0].Actions);
        Assert.Equal(FieldRight.Read, sets[0].FieldRightOf("amount"));
        Assert.Equal([FormAction.View], sets[1].Actions);
        Assert.Equal([new DataScope(DataScopeKind.MyPartner), new DataScope(DataScopeKind.MemberField, "owner")], sets[1].Scopes);
        Assert.Equal(FieldRight.Hidden, sets[1].FieldRightOf("owner"));
        Assert.Equal(FieldRight.Edit, sets[1].FieldRightOf("amount"));
    }

    [Fact]
    public void Everyone_is_written_as_a_star_role()
    {
        var set = Assert.Single(Parse("""{"sets": [{"key": "all", "preset": "submitOnly", "roles": ["*"]}]}""").Schema!.Permissions.Sets);

        Assert.True(set.Includes("u1", _ => false));
        Assert.False(Assert.Single(Parse("""{"sets": [{"key": "m", "preset": "submitOnly", "roles": ["manager"]}]}""").Schema!.Permissions.Sets)
            .Includes("u1", _ => false));
    }

    [Theory]
    [InlineData("""{"sets": [{"key": "a", "preset": "viewAll"}]}""", "/permissions/sets/0", "\"roles\" or \"users\"")]
    [InlineData("""{"sets": [{"key": "a", "roles": ["x"], "scope": "all"}]}""", "/permissions/sets/0", "\"actions\" or a \"preset\"")]
    [InlineData("""{"sets": [{"key": "a", "roles": ["x"], "actions": ["view"]}]}""", "/permissions/sets/0", "\"scope\" or a \"preset\"")]
    [InlineData("""{"sets": [{"key": "a", "preset": "readEverything", "roles": ["x"]}]}""", "/permissions/sets/0/preset", "Unknown preset")]
    [InlineData("""{"sets": [{"key": "a", "roles": ["x"], "actions": ["view", "fly"], "scope": "all"}]}""", "/permissions/sets/0/actions/1", "Unknown action \"fly\"")]
    [InlineData("""{"sets": [{"key": "a", "preset": "viewAll", "roles": ["x"], "scope": "theirs"}]}""", "/permissions/sets/0/scope", "Unknown scope \"theirs\"")]
    [InlineData("""{"sets": [{"key": "a", "preset": "viewAll", "roles": ["x"], "scope": {"kind": "memberField", "field": "name"}}]}""", "/permissions/sets/0/scope/field", "not a member field")]
    [InlineData("""{"sets": [{"key": "a", "preset": "viewAll", "roles": ["x"], "fields": {"missing": "read"}}]}""", "/permissions/sets/0/fields/missing", "no field \"missing\"")]
    [InlineData("""{"sets": [{"key": "a", "preset": "viewAll", "roles": ["x"], "fields": {"note": "read"}}]}""", "/permissions/sets/0/fields/note", "no field \"note\"")]
    [InlineData("""{"sets": [{"key": "a", "preset": "viewAll", "roles": ["x"], "fields": {"name": "write"}}]}""", "/permissions/sets/0/fields/name", "\"hidden\", \"read\" or \"edit\"")]
    [InlineData("""{"sets": [{"key": "a", "preset": "viewAll", "roles": ["x"]}, {"key": "a", "preset": "viewAll", "roles": ["y"]}]}""", "/permissions/sets/1/key", "already has the key")]
    [InlineData("""{"sets": [{"key": "1st", "preset": "viewAll", "roles": ["x"]}]}""", "/permissions/sets/0/key", "must be 1–64")]
    [InlineData("""{"sets": [{"key": "a", "preset": "viewAll", "roles": ["x"], "colour": "red"}]}""", "/permissions/sets/0/colour", "Unknown property")]
    [InlineData("""{"submit": ["x"], "everyone": true}""", "/permissions/everyone", "Unknown property")]
    [InlineData("""{"submit": []}""", "/permissions/submit", "non-empty array")]
    [InlineData("""["admin"]""", "/permissions", "must be an object")]
    public void Every_mistake_is_reported_at_its_place(string permissions, string place, string message)
    {
        var error = TestForms.SingleError(Parse(permissions));

        Assert.Equal(place, error.Pointer);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stored_set_parses_without_the_form_and_keeps_its_source()
    {
        var json = JsonNode.Parse("""{"key": "k", "users": ["u7"], "actions": [], "scope": "all", "fields": {"anything": "hidden"}}""")!.AsObject();

        var (set, errors) = PermissionSetParser.Parse(json);

        Assert.Empty(errors);
        Assert.Empty(set!.Actions);
        Assert.True(set.Includes("u7", _ => false));
        Assert.Equal(json.ToJsonString(), set.Source.ToJsonString());
    }

    [Theory]
    [InlineData("partner-profile.form.json")]
    [InlineData("partner-application.form.json")]
    [InlineData("incentive-claim.form.json")]
    public void The_packs_forms_declare_their_sets(string fileName)
    {
        var schema = FormSchemaParser.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.FormSchemas, fileName))).Schema!;

        Assert.True(schema.Permissions.Declared);
        Assert.True(schema.Permissions.Sets.Count >= 3);
    }
}
