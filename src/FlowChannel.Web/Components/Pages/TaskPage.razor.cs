using FlowChannel.Application.Common;
using FlowChannel.Application.Forms;
using FlowChannel.Application.Tasks;
using FlowChannel.Forms.Schema;
using FlowChannel.Web.Hosting;
using FlowChannel.Web.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Radzen;

namespace FlowChannel.Web.Components.Pages;

/// <summary>One task: the record as the step shows it, the decision panel, the flow diagram, withdraw for the submitter and the timeline.</summary>
public partial class TaskPage
{
    [Inject] private RequestSender Sender { get; set; } = default!;
    [Parameter] public Guid TaskId { get; set; }
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    private TaskDetails? _details;
    private FlowPathView? _path;
    private FormSchema? _schema;
    private Actor? _actor;
    private IReadOnlyDictionary<string, string>? _errors;
    private string? _message;
    private AlertStyle _messageStyle = AlertStyle.Info;
    private bool _busy;
    private bool _interactive;

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _interactive = true;
            StateHasChanged();
        }
    }

    protected override async Task OnParametersSetAsync() => await LoadAsync();

    private async Task LoadAsync()
    {
        try
        {
            var actor = _actor = await ActorAsync();
            _details = await Sender.SendAsync(new GetTask(actor, TaskId));
            _path = await FlowPathAsync(actor, _details.Task.InstanceId);
            if (_details.Record is { } record)
            {
                _schema = await Sender.SendAsync(new GetForm(actor, record.FormId, record.FormVersion));
            }
        }
        catch (NotFoundException)
        {
            Show(T["NotFound"], AlertStyle.Danger);
        }
    }

    private async Task ActAsync(ActOnTask command)
    {
        if (command.Action == "reject" && string.IsNullOrWhiteSpace(command.Comment))
        {
            Show(T["RejectNeedsComment"], AlertStyle.Warning);
            return;
        }
        _busy = true;
        _errors = null;
        try
        {
            var done = await Sender.SendAsync(command);
            Show(done.Outcome is { } outcome ? T.Format("TaskDone", T[outcome]) : T["ActionDone"], AlertStyle.Success);
        }
        catch (RecordValidationException ex)
        {
            _errors = ex.Errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.First().Message);
            Show(string.Join(" ", ex.Errors.Select(e => e.Message)), AlertStyle.Warning);
        }
        catch (ConflictException ex)
        {
            Show(ex.Message, AlertStyle.Warning);
        }
        catch (ForbiddenException)
        {
            Show(T["Forbidden"], AlertStyle.Danger);
        }
        catch (FlowChannelException ex)
        {
            Show(ex.Message, AlertStyle.Danger);
        }
        finally
        {
            _busy = false;
        }
        await LoadAsync();
    }

    /// <summary>The diagram is an extra: a flow whose definition version is gone still leaves the task workable.</summary>
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
        Show(T["inbox.Withdrawn"], AlertStyle.Success);
        await LoadAsync();
    }

    private void Show(string message, AlertStyle style) => (_message, _messageStyle) = (message, style);

    private async Task<Actor> ActorAsync() => ActorFactory.From((await AuthState).User);
}
