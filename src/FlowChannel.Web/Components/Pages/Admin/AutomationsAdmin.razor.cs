using FlowChannel.Application.Automations;
using FlowChannel.Application.Common;
using FlowChannel.Application.Forms;
using FlowChannel.Web.Components.Automations;
using FlowChannel.Web.Hosting;
using FlowChannel.Web.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace FlowChannel.Web.Components.Pages.Admin;

/// <summary>
/// A form's automations (智能助手) for admins and designers: the rules with an editor for trigger, condition and actions
/// with their field mappings, and the run log showing what each run did or why it failed, and where.
/// </summary>
public sealed partial class AutomationsAdmin
{
    private IReadOnlyList<FormSummary> _forms = [];
    private IReadOnlyList<AutomationView> _automations = [];
    private IReadOnlyList<AutomationRunView> _runs = [];
    private AutomationEditModel? _editing;
    private IReadOnlyList<string> _errors = [];
    private string? _formId;
    private string? _error;
    private bool _busy;
    private bool _interactive;
    private Actor _actor = default!;

    [Inject] private RequestSender Sender { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "formId")] private string? FormIdFromQuery { get; set; }

    protected override async Task OnInitializedAsync()
    {
        _actor = ActorFactory.From((await AuthState).User);
        _forms = await Sender.SendAsync(new ListForms(_actor));
        await SelectFormAsync(FormIdFromQuery ?? (_forms.Count > 0 ? _forms[0].FormId : null));
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _interactive = true;
            StateHasChanged();
        }
    }

    private async Task SelectFormAsync(string? formId)
    {
        (_formId, _editing, _errors) = (formId, null, []);
        if (_formId is null)
        {
            return;
        }
        _automations = await Sender.SendAsync(new ListAutomations(_actor, _formId));
        await LoadRunsAsync();
    }

    private async Task LoadRunsAsync() =>
        _runs = _formId is null ? [] : await Sender.SendAsync(new ListAutomationRuns(_actor, _formId));

    private void Edit(AutomationView? automation)
    {
        _errors = [];
        _editing = automation is null ? new AutomationEditModel() : AutomationEditModel.From(automation.Id, automation.Definition);
    }

    private async Task SaveAsync()
    {
        _busy = true;
        try
        {
            await Sender.SendAsync(new SaveAutomation(_actor, _formId!, _editing!.Id, _editing.ToJson()));
            _editing = null;
            _automations = await Sender.SendAsync(new ListAutomations(_actor, _formId!));
        }
        catch (InvalidInputException e)
        {
            _errors = [.. e.Errors.Select(x => $"{x.Path}: {x.Message}")];
        }
        catch (FlowChannelException e)
        {
            _error = e.Message;
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task DeleteAsync(AutomationView automation)
    {
        try
        {
            await Sender.SendAsync(new DeleteAutomation(_actor, automation.FormId, automation.Id));
            _automations = await Sender.SendAsync(new ListAutomations(_actor, automation.FormId));
        }
        catch (FlowChannelException e)
        {
            _error = e.Message;
        }
    }
}
