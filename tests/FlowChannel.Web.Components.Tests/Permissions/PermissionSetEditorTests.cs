using FlowChannel.Application.Permissions.Sets;
using FlowChannel.Web.Components.Permissions;
using FlowChannel.Web.Components.Tests.Forms;

namespace FlowChannel.Web.Components.Tests.Permissions;

/// <summary>The permission-set editor's option limits: offered for editable choice fields, read and written in the set's shape.</summary>
public sealed class PermissionSetEditorTests : FormTestContext
{
    private static readonly IReadOnlyList<PermissionFieldView> Fields =
    [
        new("title", "Title", "Text", []),
        new("status", "Status", "Select", [new("new", "New"), new("accepted", "Accepted"), new("declined", "Declined"), new("won", "Won")]),
    ];

    private const string Set = """
        {"key": "partners", "roles": ["partner"], "actions": ["view", "edit"], "scope": ["myPartner"], "fieldDefault": "read",
         "fields": {"status": {"right": "edit", "options": ["accepted", "declined"]}, "title": "edit"}}
        """;

    [Fact]
    public void An_editable_choice_field_shows_its_allowed_options_and_the_set_is_written_back_in_the_same_shape()
    {
        var model = PermissionSetEditModel.From("partners", JsonNode.Parse(Set)!.AsObject());

        var cut = Render<PermissionSetEditor>(p => p.Add(e => e.Model, model).Add(e => e.Fields, Fields));

        Assert.Single(cut.FindAll("[data-testid=perm-options-status]"));
        Assert.Empty(cut.FindAll("[data-testid=perm-options-title]"));
        Assert.Equal(["accepted", "declined"], model.Options["status"]);
        var written = model.ToJson()["fields"]!;
        Assert.Equal("""{"status":{"right":"edit","options":["accepted","declined"]},"title":"edit"}""", written.ToJsonString());
    }

    [Fact]
    public void A_field_made_read_only_drops_its_option_limit_and_hides_the_picker()
    {
        var model = PermissionSetEditModel.From("partners", JsonNode.Parse(Set)!.AsObject());
        var cut = Render<PermissionSetEditor>(p => p.Add(e => e.Model, model).Add(e => e.Fields, Fields));

        cut.Find("[data-testid=perm-right-status-read]").Change("read");

        Assert.Empty(cut.FindAll("[data-testid=perm-options-status]"));
        Assert.Equal("""{"title":"edit"}""", model.ToJson()["fields"]!.ToJsonString());
    }
}
