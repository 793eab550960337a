using FlowChannel.Application.Common;
using FlowChannel.Application.Workflows.Definitions;
using FlowChannel.Web.Hosting;
using FlowChannel.Web.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;

namespace FlowChannel.Web.Components.Pages.FlowDesigner;

/// <summary>The workflow definitions a designer can open, a new flow by id, and the import of an Elsa JSON file.</summary>
public sealed partial class FlowDesigns
{
    private const long MaxImportBytes = 5 * 1024 * 1024;

    private IReadOnlyList<WorkflowDefinitionRow> _flows = [];
    private string? _id;
    private string? _name;
    private string? _error;
    private bool _interactive;

    [Inject] private RequestSender Sender { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    protected override async Task OnInitializedAsync() =>
        _flows = await Sender.SendAsync(new ListWorkflowDefinitions(ActorFactory.From((await AuthState).User)));

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _interactive = true;
            StateHasChanged();
        }
    }

    // The flow is stored on its first save; until then the designer holds it.
    private void Create()
    {
        var id = (_id ?? "").Trim();
        if (id.Length == 0 || _flows.Any(f => f.DefinitionId == id))
        {
            _error = T.Format("flow.FlowExists", id);
            return;
        }
        Navigation.NavigateTo($"/designer/flows/{Uri.EscapeDataString(id)}?name={Uri.EscapeDataString(_name ?? id)}");
    }

    private async Task ImportAsync(InputFileChangeEventArgs e)
    {
        try
        {
            using var reader = new StreamReader(e.File.OpenReadStream(MaxImportBytes));
            var json = await reader.ReadToEndAsync();
            var imported = await Sender.SendAsync(new ImportWorkflowDefinition(ActorFactory.From((await AuthState).User), json, Publish: false));
            Navigation.NavigateTo($"/designer/flows/{Uri.EscapeDataString(imported.DefinitionId)}");
        }
        catch (FlowChannelException ex)
        {
            _error = ex.Message;
        }
        catch (IOException ex)
        {
            _error = ex.Message;
        }
    }
}
