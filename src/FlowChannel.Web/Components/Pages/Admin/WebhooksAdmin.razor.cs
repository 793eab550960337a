using FlowChannel.Application.Common;
using FlowChannel.Application.Forms;
using FlowChannel.Application.Organisation.Roles;
using FlowChannel.Application.Permissions.Sets;
using FlowChannel.Application.Webhooks;
using FlowChannel.Web.Components.Webhooks;
using FlowChannel.Web.Hosting;
using FlowChannel.Web.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace FlowChannel.Web.Components.Pages.Admin;

/// <summary>
/// A form's outgoing webhooks: add and change them (the secret is shown once, when made or rotated), switch them on and
/// off, and read each one's delivery log with its status codes, resending a delivery when needed.
/// </summary>
public sealed partial class WebhooksAdmin
{
    private IReadOnlyList<FormSummary> _forms = [];
    private IReadOnlyList<WebhookView> _hooks = [];
    private IReadOnlyList<string> _setKeys = [];
    private IReadOnlyList<string> _roles = [];
    private IReadOnlyList<WebhookDeliveryView> _deliveries = [];
    private WebhookView? _logOf;
    private WebhookEditModel? _editing;
    private IReadOnlyList<string> _errors = [];
    private string? _formId;
    private string? _secret;
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
        _roles = [.. (await Sender.SendAsync(new ListRoles(_actor))).Select(r => r.Name)];
        _formId = FormIdFromQuery ?? (_forms.Count > 0 ? _forms[0].FormId : null);
        await SelectFormAsync();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _interactive = true;
            StateHasChanged();
        }
    }

    private string RightsText(WebhookView hook) =>
        hook.PermissionSetKey is { } key ? T.Format("hook.RightsSet", key)
        : hook.Role is { } role ? T.Format("hook.RightsRole", role)
        : T["hook.RightsDefault"];

    private async Task SelectFormAsync()
    {
        (_editing, _logOf, _deliveries, _errors) = (null, null, [], []);
        if (_formId is null)
        {
            return;
        }
        _hooks = await Sender.SendAsync(new ListWebhooks(_actor, _formId));
        _setKeys = [.. (await Sender.SendAsync(new ListFormPermissionSets(_actor, _formId))).Sets.Select(s => s.Key)];
    }

    private void Edit(WebhookView? hook)
    {
        _errors = [];
        _editing = hook is null ? new WebhookEditModel() : WebhookEditModel.From(hook);
    }

    private Task SaveAsync() => RunAsync(async () =>
    {
        var input = _editing!.ToInput(_formId!);
        var saved = _editing.Id is { } id
            ? await Sender.SendAsync(new UpdateWebhook(_actor, id, input))
            : await Sender.SendAsync(new CreateWebhook(_actor, input));
        _secret = saved?.Secret ?? _secret;
        _editing = null;
    });

    private Task SetActiveAsync(WebhookView hook, bool on) =>
        RunAsync(() => Sender.SendAsync(new UpdateWebhook(_actor, hook.Id, WebhookEditModel.From(hook).ToInput(hook.FormId) with { IsActive = on })));

    private Task RotateAsync(WebhookView hook) => RunAsync(async () =>
        _secret = (await Sender.SendAsync(new UpdateWebhook(_actor, hook.Id, WebhookEditModel.From(hook).ToInput(hook.FormId), RotateSecret: true)))?.Secret);

    private Task DeleteAsync(WebhookView hook) => RunAsync(async () =>
    {
        await Sender.SendAsync(new DeleteWebhook(_actor, hook.Id));
        if (_logOf?.Id == hook.Id)
        {
            (_logOf, _deliveries) = (null, []);
        }
    });

    private async Task ShowLogAsync(WebhookView hook)
    {
        _logOf = hook;
        _deliveries = (await Sender.SendAsync(new ListWebhookDeliveries(_actor, hook.Id))).Items;
    }

    private Task ResendAsync(WebhookDeliveryView delivery) => RunAsync(async () =>
    {
        await Sender.SendAsync(new ResendWebhookDelivery(_actor, delivery.Id));
        await ShowLogAsync(_logOf!);
    });

    /// <summary>Runs one change; input errors are listed by field, anything refused is shown, and the list is read again.</summary>
    private async Task RunAsync(Func<Task> change)
    {
        (_busy, _error, _errors) = (true, null, []);
        try
        {
            await change();
        }
        catch (InvalidInputException e)
        {
            _errors = [.. e.Errors.Select(x => $"{x.Path}: {x.Message}")];
            if (_editing is null)
            {
                _error = e.Message;
            }
        }
        catch (FlowChannelException e)
        {
            _error = e.Message;
        }
        finally
        {
            _busy = false;
        }
        _hooks = await Sender.SendAsync(new ListWebhooks(_actor, _formId));
    }
}
