using System.Globalization;
using FlowChannel.Application.Common;
using FlowChannel.Application.Tasks.Delegation;
using FlowChannel.Web.Hosting;
using FlowChannel.Web.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace FlowChannel.Web.Components.Tasks;

/// <summary>Shows, sets and clears the caller's out-of-office delegate; the period is whole local days.</summary>
public sealed partial class DelegationPanel
{
    private DelegationView? _current;
    private string? _delegate;
    private DateOnly? _from = DateOnly.FromDateTime(DateTime.Now);
    private DateOnly? _to = DateOnly.FromDateTime(DateTime.Now.AddDays(7));
    private string? _note;
    private string? _error;
    private Actor? _actor;

    [Inject] private RequestSender Sender { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _actor = ActorFactory.From((await AuthState).User);
        _current = await Sender.SendAsync(new GetMyDelegation(_actor));
    }

    private async Task SaveAsync()
    {
        _error = null;
        try
        {
            _current = await Sender.SendAsync(new SetMyDelegation(_actor!, _delegate,
                _from?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Local).ToUniversalTime(),
                // The last day counts whole: the period ends when the next day begins.
                _to?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Local).ToUniversalTime(),
                _note));
        }
        catch (RecordValidationException ex)
        {
            _error = string.Join(" ", ex.Errors.Select(e => e.Message));
        }
        catch (FlowChannelException ex)
        {
            _error = ex.Message;
        }
    }

    private async Task ClearAsync()
    {
        await Sender.SendAsync(new ClearMyDelegation(_actor!));
        _current = null;
    }

    private static string Day(DateTime utc) => utc.ToLocalTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
