using System.Text.Json.Nodes;
using FlowChannel.Application.Records.History;
using FlowChannel.Forms.Schema;
using FlowChannel.Web.Hosting;
using FlowChannel.Web.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace FlowChannel.Web.Components.Grid;

public partial class RecordHistoryPanel
{
    [Inject] private RequestSender Sender { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    [Parameter, EditorRequired] public Guid RecordId { get; set; }
    [Parameter, EditorRequired] public FormSchema Schema { get; set; } = default!;

    private IReadOnlyList<RecordHistoryEntry>? _entries;

    protected override async Task OnParametersSetAsync()
    {
        var history = await Sender.SendAsync(new GetRecordHistory(ActorFactory.From((await AuthState).User), RecordId));
        _entries = [.. history.Reverse()];
    }

    private string LabelOf(string key) =>
        Schema.FindField(key)?.Label.Resolve(System.Globalization.CultureInfo.CurrentUICulture) ?? key;

    private string KindText(string kind) =>
        kind.StartsWith("workflow.", StringComparison.Ordinal) ? T.Format("grid.HistoryWorkflow", kind["workflow.".Length..]) : T[$"grid.History.{kind}"];

    private static string Show(JsonNode? value) => value switch
    {
        null => "∅",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => value.ToJsonString(),
    };
}
