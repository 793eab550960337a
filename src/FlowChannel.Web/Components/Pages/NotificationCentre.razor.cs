using FlowChannel.Application.Common;
using FlowChannel.Application.Notifications;
using FlowChannel.Web.Hosting;
using FlowChannel.Web.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace FlowChannel.Web.Components.Pages;

/// <summary>The notification centre: the user's messages, newest first, each leading to its task or record; mark read one by one or all.</summary>
public sealed partial class NotificationCentre : IDisposable
{
    private IReadOnlyList<NotificationItem> _items = [];
    private bool _unreadOnly;
    private bool _interactive;
    private IDisposable? _subscription;
    private Actor? _actor;

    [Inject] private RequestSender Sender { get; set; } = default!;

    [Inject] private NotificationSignals Signals { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _actor = ActorFactory.From((await AuthState).User);
        await ReloadAsync();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            // New messages appear here too while the page is open.
            _subscription = Signals.Subscribe(_actor!.UserId, () => InvokeAsync(async () =>
            {
                await ReloadAsync();
                StateHasChanged();
            }));
            _interactive = true;
            StateHasChanged();
        }
    }

    private async Task ReloadAsync() => _items = await Sender.SendAsync(new ListNotificationCentre(_actor!, _unreadOnly));

    private async Task MarkReadAsync(Guid id)
    {
        await Sender.SendAsync(new MarkNotificationsRead(_actor!, id));
        await ReloadAsync();
    }

    private async Task MarkAllReadAsync()
    {
        await Sender.SendAsync(new MarkNotificationsRead(_actor!));
        await ReloadAsync();
    }

    public void Dispose() => _subscription?.Dispose();
}
