using System.Globalization;
using FlowChannel.Application.Common;
using FlowChannel.Application.Organisation.Roles;
using FlowChannel.Application.Organisation.Users;
using FlowChannel.Application.Permissions.Sets;
using FlowChannel.Web.Components.Permissions;
using FlowChannel.Web.Hosting;
using FlowChannel.Web.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace FlowChannel.Web.Components.Pages.Admin;

/// <summary>
/// A form's permission sets: who is in each (roles, users), the actions, the rows (data scope) and a right per field,
/// starting from a preset if wished. A saved set is marked customised, so pack upgrades keep it; every change is audited.
/// </summary>
public sealed partial class PermissionSetsAdmin
{
    private FormPermissionSetsView? _view;
    private IReadOnlyList<string> _roles = [];
    private IReadOnlyList<UserSummary> _users = [];
    private PermissionSetEditModel? _editing;
    private IReadOnlyList<string> _errors = [];
    private string? _message;
    private string? _error;
    private bool _busy;
    private bool _interactive;
    private Actor _actor = default!;

    [Parameter] public string FormId { get; set; } = "";

    [Inject] private RequestSender Sender { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _actor = ActorFactory.From((await AuthState).User);
        _roles = [.. (await Sender.SendAsync(new ListRoles(_actor))).Select(r => r.Name)];
        _users = (await Sender.SendAsync(new ListUsers(_actor, PageSize: ListUsers.MaxPageSize))).Items;
        await ReloadAsync();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _interactive = true;
            StateHasChanged();
        }
    }

    private async Task ReloadAsync() => _view = await Sender.SendAsync(new ListFormPermissionSets(_actor, FormId, CultureInfo.CurrentUICulture));

    private string Members(PermissionSetView set)
    {
        var model = PermissionSetEditModel.From(set.Key, set.Definition);
        var users = model.Users.Select(id => _users.FirstOrDefault(u => u.Id == id)?.UserName ?? id);
        return string.Join(", ", model.Roles.Concat(users));
    }

    private void New() => (_editing, _errors) = (new PermissionSetEditModel(), []);

    private void Edit(PermissionSetView set) => (_editing, _errors) = (PermissionSetEditModel.From(set.Key, set.Definition), []);

    private async Task SaveAsync()
    {
        (_busy, _error, _errors) = (true, null, []);
        try
        {
            var saved = await Sender.SendAsync(new SavePermissionSet(_actor, FormId, _editing!.ExistingKey, _editing.ToJson()));
            _message = T.Format("perm.Saved", saved.Key);
            _editing = null;
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
        await ReloadAsync();
    }

    private async Task DeleteAsync(PermissionSetView set)
    {
        try
        {
            await Sender.SendAsync(new DeletePermissionSet(_actor, FormId, set.Key));
            _message = T.Format("perm.Deleted", set.Key);
        }
        catch (FlowChannelException e)
        {
            _error = e.Message;
        }
        await ReloadAsync();
    }
}
