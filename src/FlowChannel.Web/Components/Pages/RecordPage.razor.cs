using FlowChannel.Application.Common;
using FlowChannel.Application.Forms;
using FlowChannel.Application.Permissions;
using FlowChannel.Application.Records;
using FlowChannel.Application.Tasks;
using FlowChannel.Forms.Permissions;
using FlowChannel.Forms.Schema;
using FlowChannel.Web.Hosting;
using FlowChannel.Web.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace FlowChannel.Web.Components.Pages;

/// <summary>One record: its details as the user may see them, its flow diagram, its history, and print, delete and (for the submitter) withdraw when allowed.</summary>
public partial class RecordPage
{
    [Inject] private RequestSender Sender { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Parameter] public string FormId { get; set; } = "";
    [Parameter] public Guid Id { get; set; }
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    private FormSchema? _schema;
    private RecordView? _record;
    private FlowPathView? _path;
    private Actor? _actor;
    private bool _withdrawn;
    private bool _canDelete;
    private bool _canPrint;
    private bool _confirming;
    private string? _error;

    protected override async Task OnParametersSetAsync()
    {
        var actor = _actor = ActorFactory.From((await AuthState).User);
        await LoadAsync(actor);
    }

    private async Task LoadAsync(Actor actor)
    {
        _record = await Sender.SendAsync(new GetRecord(actor, Id));
        _path = _record.WorkflowInstanceId is { } flowId ? await FlowPathAsync(actor, flowId) : null;
        // The version the record pins, so fields read as they were defined when it was written.
        _schema = await Sender.SendAsync(new GetForm(actor, _record.FormId, _record.FormVersion));
        var actions = (await Sender.SendAsync(new GetFormRights(actor, _record.FormId))).Actions;
        (_canDelete, _canPrint) = (actions.Contains(FormAction.Delete), actions.Contains(FormAction.Print));
    }

    /// <summary>The flow diagram, when the user may see the record's flow (someone who only reads the record may).</summary>
    private async Task<FlowPathView?> FlowPathAsync(Actor actor, string instanceId)
    {
        try
        {
            return await Sender.SendAsync(new GetFlowPath(actor, instanceId));
        }
        catch (NotFoundException)
        {
            return null;
        }
    }

    private async Task WithdrawnAsync(WithdrawResult result)
    {
        _withdrawn = true;
        await LoadAsync(_actor!);
    }

    private async Task DeleteAsync()
    {
        try
        {
            await Sender.SendAsync(new DeleteRecord(ActorFactory.From((await AuthState).User), Id));
            Navigation.NavigateTo($"/records/{FormId}");
        }
        catch (FlowChannelException e)
        {
            (_error, _confirming) = (e.Message, false);
        }
    }
}
