using System.Globalization;
using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Forms;
using FlowChannel.Forms.Schema;
using FlowChannel.Web.Designer;
using FlowChannel.Web.Hosting;
using FlowChannel.Web.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace FlowChannel.Web.Components.Designer;

public partial class SourceFormPicker
{
    private const string FormMember = "form";
    private static readonly (string Member, string Label)[] FieldMembers = [("valueField", "designer.ValueField"), ("labelField", "designer.LabelField")];

    private IReadOnlyList<FormDesignSummary> _forms = [];
    private IReadOnlyList<(string Key, string Caption)> _fields = [];
    private string? _fieldsOf;

    [Parameter, EditorRequired] public DesignerState State { get; set; } = default!;

    /// <summary>The choice field whose <c>optionsFrom</c> this edits.</summary>
    [Parameter, EditorRequired] public string Item { get; set; } = "";

    [Parameter] public EventCallback OnChanged { get; set; }

    [Inject] private RequestSender Sender { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    private JsonObject? Source => State.Properties.Item(Item)?["optionsFrom"] as JsonObject;

    private string Form => Value(FormMember);

    private string Value(string member) => Source?[member] is JsonValue v && v.TryGetValue<string>(out var s) ? s : "";

    protected override async Task OnInitializedAsync()
    {
        try
        {
            // Only published forms have records to offer.
            _forms = [.. (await Sender.SendAsync(new ListFormDesigns(await ActorAsync()))).Where(f => f.LatestVersion is not null)];
        }
        catch (FlowChannelException)
        {
            _forms = [];
        }
    }

    protected override async Task OnParametersSetAsync()
    {
        if (Form != _fieldsOf)
        {
            _fieldsOf = Form;
            _fields = Form.Length == 0 ? [] : await FieldsAsync(Form);
        }
    }

    private async Task<IReadOnlyList<(string, string)>> FieldsAsync(string formId)
    {
        try
        {
            var schema = await Sender.SendAsync(new GetForm(await ActorAsync(), formId));
            var culture = CultureInfo.CurrentUICulture;
            return [.. schema.Fields.Where(f => f.SubformKey is null && f.Type is not (FieldType.Section or FieldType.Description or FieldType.Divider
                or FieldType.Tabs or FieldType.Columns or FieldType.Subform or FieldType.Related)).Select(f => (f.Key, f.Label.Resolve(culture)))];
        }
        catch (FlowChannelException)
        {
            return [];
        }
    }

    // A new source form starts with no fields chosen: the old form's field names mean nothing there.
    private async Task SetAsync(string member, string? value)
    {
        State.Document.Edit(root =>
        {
            var node = (JsonObject)SchemaPointer.Resolve(root, Item)!;
            var source = node["optionsFrom"] as JsonObject ?? new JsonObject();
            source[member] = value ?? "";
            if (member == FormMember)
            {
                source["valueField"] = "";
                source["labelField"] = "";
            }
            node["optionsFrom"] = source;
        });
        await OnParametersSetAsync();
        await OnChanged.InvokeAsync();
    }

    private async Task<Actor> ActorAsync() => ActorFactory.From((await AuthState).User);
}
