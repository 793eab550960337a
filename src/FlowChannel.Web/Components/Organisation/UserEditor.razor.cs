using FlowChannel.Application.Common;
using FlowChannel.Application.Organisation.Departments;
using FlowChannel.Application.Organisation.Partners;
using FlowChannel.Application.Organisation.Users;
using FlowChannel.Web.Hosting;
using Microsoft.AspNetCore.Components;
using Radzen;

namespace FlowChannel.Web.Components.Organisation;

/// <summary>
/// Edits one user (or a new one when <see cref="User"/> is null) and sends the create or update itself, so the dialog
/// stays open with the server's errors until the input is right.
/// </summary>
public sealed partial class UserEditor
{
    private static readonly IReadOnlyList<string> Cultures = UserRules.Cultures;

    private string? _userName;
    private string? _displayName;
    private string? _email;
    private string? _culture;
    private Guid? _departmentId;
    private Guid? _partnerId;
    private string? _password;
    private readonly SortedSet<string> _roles = new(StringComparer.Ordinal);
    private List<string> _errors = [];
    private bool _busy;

    [Parameter] public UserSummary? User { get; set; }

    [Parameter, EditorRequired] public Actor Actor { get; set; } = default!;

    [Parameter] public IReadOnlyList<DepartmentNode> Departments { get; set; } = [];

    [Parameter] public IReadOnlyList<PartnerChoice> Partners { get; set; } = [];

    [Parameter] public IReadOnlyList<string> Roles { get; set; } = [];

    [Inject] private RequestSender Sender { get; set; } = default!;

    [Inject] private DialogService Dialogs { get; set; } = default!;

    /// <summary>What the dialog closes with: the user name and, for a new user without a chosen password, the generated one.</summary>
    public sealed record Outcome(string UserName, string? GeneratedPassword);

    protected override void OnInitialized()
    {
        if (User is { } user)
        {
            (_userName, _displayName, _email, _culture, _departmentId, _partnerId) =
                (user.UserName, user.DisplayName, user.Email, user.Culture, user.DepartmentId, user.PartnerId);
            _roles.UnionWith(user.Roles);
        }
    }

    private void Toggle(string role, bool on)
    {
        if (on)
        {
            _roles.Add(role);
        }
        else
        {
            _roles.Remove(role);
        }
    }

    private async Task SaveAsync()
    {
        _busy = true;
        _errors = [];
        var fields = new UserFields(_userName, _displayName, _email, _culture, _departmentId, _partnerId, [.. _roles]);
        try
        {
            if (User is null)
            {
                var created = await Sender.SendAsync(new CreateUser(Actor, fields, _password));
                Dialogs.Close(new Outcome(created.User.UserName, created.GeneratedPassword));
            }
            else
            {
                var updated = await Sender.SendAsync(new UpdateUser(Actor, User.Id, fields));
                Dialogs.Close(new Outcome(updated.UserName, null));
            }
        }
        catch (InvalidInputException e)
        {
            _errors = e.Errors.Select(x => $"{x.Path}: {x.Message}").ToList();
        }
        catch (FlowChannelException e)
        {
            _errors = [e.Message];
        }
        finally
        {
            _busy = false;
        }
    }
}
