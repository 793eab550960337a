using FlowChannel.Application.Common;
using FlowChannel.Application.Organisation.Departments;
using FlowChannel.Application.Organisation.Partners;
using FlowChannel.Application.Organisation.Roles;
using FlowChannel.Application.Organisation.Users;
using FlowChannel.Web.Components.Organisation;
using FlowChannel.Web.Hosting;
using FlowChannel.Web.Identity;
using FlowChannel.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Radzen;
using Radzen.Blazor;

namespace FlowChannel.Web.Components.Pages.Admin;

/// <summary>Users a page at a time, filtered on the server; create and edit in a dialog; disable and enable in place.</summary>
public sealed partial class UsersAdmin
{
    private RadzenDataGrid<UserSummary> _grid = default!;
    private UserPage? _page;
    private IReadOnlyList<DepartmentNode> _departments = [];
    private IReadOnlyList<PartnerChoice> _partners = [];
    private IReadOnlyList<string> _roleNames = [];
    private IReadOnlyList<StatusChoice> _statuses = [];
    private string? _search;
    private Guid? _departmentId;
    private string? _role;
    private Guid? _partnerId;
    private bool? _disabled;
    private bool _loading;
    private bool _interactive;
    private string? _message;
    private string? _error;

    [Inject] private RequestSender Sender { get; set; } = default!;

    [Inject] private DialogService Dialogs { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    private sealed record StatusChoice(bool Value, string Text);

    protected override async Task OnInitializedAsync()
    {
        _statuses = [new(false, T["admin.ActiveOnly"]), new(true, T["admin.DisabledOnly"])];
        await LoadChoicesAsync();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _interactive = true;
            StateHasChanged();
        }
    }

    private async Task<Actor> ActorAsync() => ActorFactory.From((await AuthState).User);

    private async Task LoadChoicesAsync()
    {
        var actor = await ActorAsync();
        _departments = await Sender.SendAsync(new ListDepartments(actor));
        _partners = await Sender.SendAsync(new ListPartnerChoices(actor));
        _roleNames = (await Sender.SendAsync(new ListRoles(actor))).Select(r => r.Name).ToList();
    }

    private async Task LoadAsync(LoadDataArgs args)
    {
        _loading = true;
        var size = args.Top is > 0 ? args.Top.Value : 20;
        _page = await Sender.SendAsync(new ListUsers(await ActorAsync(), _search, _departmentId, _role, _partnerId, _disabled,
            (args.Skip ?? 0) / size + 1, size));
        _loading = false;
    }

    private Task ReloadAsync() => _grid.FirstPage(forceReload: true);

    private async Task EditAsync(UserSummary? user)
    {
        _message = null;
        var result = await Dialogs.OpenAsync<UserEditor>(user is null ? T["admin.NewUser"] : T["admin.EditUser"],
            new Dictionary<string, object?>
            {
                [nameof(UserEditor.User)] = user,
                [nameof(UserEditor.Actor)] = await ActorAsync(),
                [nameof(UserEditor.Departments)] = _departments.Where(d => d.IsActive).ToList(),
                [nameof(UserEditor.Partners)] = _partners,
                [nameof(UserEditor.Roles)] = _roleNames,
            },
            new DialogOptions { Width = "40rem", CloseDialogOnOverlayClick = false });
        if (result is UserEditor.Outcome outcome)
        {
            _message = outcome.GeneratedPassword is { } password
                ? T.Format("admin.GeneratedPassword", outcome.UserName, password)
                : T["admin.Saved"];
            await _grid.Reload();
        }
    }

    private async Task ToggleAsync(UserSummary user)
    {
        _error = null;
        _message = null;
        try
        {
            await Sender.SendAsync(new SetUserDisabled(await ActorAsync(), user.Id, !user.Disabled));
        }
        catch (FlowChannelException e)
        {
            _error = e.Message;
        }
        await _grid.Reload();
    }
}
