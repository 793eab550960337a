using FlowChannel.Application.Notifications;
using FlowChannel.Web.Hosting;
using FlowChannel.Web.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace FlowChannel.Web.Components.Notifications;

/// <summary>
/// The bell in the top bar with the unread count. Live in the open page: it listens for the signal a committed change to
/// the user's notifications sends, and polls slowly as well for changes made on another node or outside a command.
/// </summary>
public sealed partial class NotificationBell : IAsyncDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(60);

    private int _unread;
    private bool _live;
    private IDisposable? _subscription;
    private PeriodicTimer? _timer;
    private Application.Common.Actor? _actor;

    [Inject] private RequestSender Sender { get; set; } = default!;

    [Inject] private NotificationSignals Signals { get; set; } = default!;

    [Inject] private AuthenticationStateProvider Auth { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var user = (await Auth.GetAuthenticationStateAsync()).User;
        if (user.Identity?.IsAuthenticated != true)
        {
            return;
        }
        _actor = ActorFactory.From(user);
        _unread = await Sender.SendAsync(new CountUnreadNotifications(_actor));
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (!firstRender || _actor is null)
        {
            return;
        }
        // Only once interactive: a prerendered copy has no circuit to push to.
        _subscription = Signals.Subscribe(_actor.UserId, () => InvokeAsync(RefreshAsync));
        _timer = new PeriodicTimer(Poll);
        _ = PollAsync(_timer);
        _live = true;
        StateHasChanged();
    }

    private async Task PollAsync(PeriodicTimer timer)
    {
        try
        {
            while (await timer.WaitForNextTickAsync())
            {
                await InvokeAsync(RefreshAsync);
            }
        }
        catch (ObjectDisposedException)
        {
            // The page went away between ticks.
        }
    }

    private async Task RefreshAsync()
    {
        if (_actor is null)
        {
            return;
        }
        _unread = await Sender.SendAsync(new CountUnreadNotifications(_actor));
        StateHasChanged();
    }

    public ValueTask DisposeAsync()
    {
        _subscription?.Dispose();
        _timer?.Dispose();
        return ValueTask.CompletedTask;
    }
}
