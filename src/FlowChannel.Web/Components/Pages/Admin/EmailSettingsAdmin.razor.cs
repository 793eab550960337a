using FlowChannel.Application.Common;
using FlowChannel.Application.Settings;
using FlowChannel.Web.Hosting;
using FlowChannel.Web.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace FlowChannel.Web.Components.Pages.Admin;

/// <summary>The SMTP settings: shown as in force, saved over configuration; the password is written, never shown.</summary>
public sealed partial class EmailSettingsAdmin
{
    private EmailSettingsView? _view;
    private string? _host;
    private int _port = 587;
    private string _security = "StartTls";
    private string? _userName;
    private string? _password;
    private bool _clearPassword;
    private string? _from;
    private IReadOnlyList<string> _errors = [];
    private bool _saved;
    private bool _busy;
    private bool _interactive;
    private Actor _actor = default!;

    [Inject] private RequestSender Sender { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _actor = ActorFactory.From((await AuthState).User);
        Show(await Sender.SendAsync(new GetEmailSettings(_actor)));
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _interactive = true;
            StateHasChanged();
        }
    }

    private void Show(EmailSettingsView view)
    {
        _view = view;
        (_host, _port, _security, _userName, _from) = (view.Host, view.Port, view.Security, view.UserName, view.DefaultFrom);
        (_password, _clearPassword) = (null, false);
    }

    private async Task SaveAsync()
    {
        (_busy, _saved, _errors) = (true, false, []);
        try
        {
            Show(await Sender.SendAsync(new SaveEmailSettings(_actor,
                new EmailSettingsInput(_host, _port, _security, _userName, string.IsNullOrEmpty(_password) ? null : _password, _clearPassword, _from))));
            _saved = true;
        }
        catch (InvalidInputException e)
        {
            _errors = [.. e.Errors.Select(x => $"{x.Path}: {x.Message}")];
        }
        finally
        {
            _busy = false;
        }
    }
}
