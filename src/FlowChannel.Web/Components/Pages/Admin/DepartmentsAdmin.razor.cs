using FlowChannel.Application.Common;
using FlowChannel.Application.Directory;
using FlowChannel.Application.Organisation.Departments;
using FlowChannel.Application.Organisation.Users;
using FlowChannel.Web.Components.Organisation;
using FlowChannel.Web.Hosting;
using FlowChannel.Web.Identity;
using Mediator;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace FlowChannel.Web.Components.Pages.Admin;

/// <summary>The department tree: create, rename (zh/en), move, set the head, deactivate and activate; the use cases hold the rules.</summary>
public sealed partial class DepartmentsAdmin
{
    private IReadOnlyList<DepartmentNode> _nodes = [];
    private IReadOnlyList<DepartmentTreeItem> _tree = [];
    private IReadOnlyList<ReferenceItem> _people = [];
    private DepartmentNode? _selected;
    private string? _newName;
    private string? _newNameEn;
    private Guid? _newParentId;
    private string? _name;
    private string? _nameEn;
    private Guid? _moveTo;
    private string? _headId;
    private string? _error;
    private bool _interactive;

    [Inject] private RequestSender Sender { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    private IEnumerable<DepartmentNode> ActiveNodes => _nodes.Where(n => n.IsActive);

    protected override async Task OnInitializedAsync()
    {
        var actor = await ActorAsync();
        // Heads are active staff; the first 200 by user name is plenty for a picker that filters as one types.
        var staff = await Sender.SendAsync(new ListUsers(actor, Disabled: false, PageSize: ListUsers.MaxPageSize));
        _people = staff.Items.Where(u => u.PartnerId is null)
            .Select(u => new ReferenceItem(u.Id, $"{u.DisplayName} ({u.UserName})")).ToList();
        await LoadAsync();
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

    private async Task LoadAsync()
    {
        _nodes = await Sender.SendAsync(new ListDepartments(await ActorAsync()));
        _tree = DepartmentTreeItem.Build(_nodes);
        _selected = _selected is null ? null : _nodes.FirstOrDefault(n => n.Id == _selected.Id);
    }

    private void Select(DepartmentTreeItem? item)
    {
        _selected = item?.Node;
        (_name, _nameEn, _moveTo, _headId) = (_selected?.Name, _selected?.NameEn, _selected?.ParentId, _selected?.HeadUserId);
        _newParentId = _selected?.IsActive == true ? _selected.Id : null;
    }

    private Task CreateAsync() => RunAsync(actor => new CreateDepartment(actor, _newName, _newNameEn, _newParentId), () => (_newName, _newNameEn) = (null, null));

    private Task RenameAsync() => RunAsync(actor => new RenameDepartment(actor, _selected!.Id, _name, _nameEn));

    private Task MoveAsync() => RunAsync(actor => new MoveDepartment(actor, _selected!.Id, _moveTo));

    private Task SetHeadAsync() => RunAsync(actor => new SetDepartmentHead(actor, _selected!.Id, _headId));

    private Task SetActiveAsync(bool active) => RunAsync(actor => new SetDepartmentActive(actor, _selected!.Id, active));

    /// <summary>Sends one change and reloads the tree; a refusal stays on screen with the use case's reason.</summary>
    private async Task RunAsync(Func<Actor, ICommand<Guid>> command, Action? onSuccess = null)
    {
        _error = null;
        try
        {
            await Sender.SendAsync(command(await ActorAsync()));
            onSuccess?.Invoke();
        }
        catch (InvalidInputException e)
        {
            _error = string.Join(" ", e.Errors.Select(x => x.Message));
        }
        catch (FlowChannelException e)
        {
            _error = e.Message;
        }
        await LoadAsync();
    }
}
