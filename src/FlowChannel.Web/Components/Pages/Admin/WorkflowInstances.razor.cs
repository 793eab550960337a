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
    private bool _loading;
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
}
