using FlowChannel.Application.Common;
using FlowChannel.Application.Workflows.Instances;
using FlowChannel.Web.Hosting;
using FlowChannel.Web.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Radzen;
using Radzen.Blazor;

namespace FlowChannel.Web.Components.Pages.Admin;

/// <summary>Every workflow instance, a page at a time, filtered on the server by definition, status and faults.</summary>
public sealed partial class WorkflowInstances
{
    private static readonly string[] Statuses = ["Running", "Finished"];

    private RadzenDataGrid<WorkflowInstanceSummary> _grid = default!;
    private IReadOnlyList<string> _definitions = [];
    private WorkflowInstancePage? _page;
    private string? _definitionId;
    private string? _status;
    private bool _faultedOnly;
    private readonly HashSet<string> _selected = new(StringComparer.Ordinal);
    private IReadOnlyList<InstanceMigrationOutcome>? _outcomes;
    private bool _loading;
    private bool _busy;
    private string? _error;
    private bool _interactive;

    [Inject] private RequestSender Sender { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    protected override async Task OnInitializedAsync() =>
        _definitions = await Sender.SendAsync(new ListInstanceDefinitions(ActorFactory.From((await AuthState).User)));

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _interactive = true;
            StateHasChanged();
        }
    }

    private async Task LoadAsync(LoadDataArgs args)
    {
        _loading = true;
        var size = args.Top is > 0 ? args.Top.Value : 20;
        _page = await Sender.SendAsync(new ListWorkflowInstances(ActorFactory.From((await AuthState).User), _definitionId, _status,
            _faultedOnly ? "Faulted" : null, null, (args.Skip ?? 0) / size + 1, size));
        _loading = false;
    }

    private Task ReloadAsync() => _grid.FirstPage(forceReload: true);

    private void Select(string instanceId, bool selected)
    {
        if (selected)
        {
            _selected.Add(instanceId);
        }
        else
        {
            _selected.Remove(instanceId);
        }
    }

    /// <summary>Moves the selected instances to the newest published version of their workflow; the outcome of each stays on screen.</summary>
    private async Task MigrateSelectedAsync()
    {
        _busy = true;
        _error = null;
        try
        {
            _outcomes = await Sender.SendAsync(new MigrateWorkflowInstances(ActorFactory.From((await AuthState).User), [.. _selected], null));
            _selected.Clear();
        }
        catch (FlowChannelException e)
        {
            // Nothing moved (e.g. a workflow without a published version): say why, keep the selection.
            _outcomes = null;
            _error = e.Message;
        }
        finally
        {
            _busy = false;
        }

        await _grid.Reload();
    }
}
