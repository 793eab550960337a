using FlowChannel.Application.Common;
using FlowChannel.Application.Tasks;
using FlowChannel.Application.Tasks.Inbox;
using FlowChannel.Web.Hosting;
using FlowChannel.Web.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Radzen;

namespace FlowChannel.Web.Components.Pages;

/// <summary>
/// The inbox (工作台): four tabs with their counts, filters, search, sort and paging, all answered by
/// <see cref="ListInbox"/> in the database; the page keeps only the current query.
/// </summary>
public sealed partial class Inbox
{
    private static readonly string[] Tabs = [InboxTabs.Todo, InboxTabs.Started, InboxTabs.Processed, InboxTabs.CopiedToMe];
    private const int PageSize = 20;

    private InboxQuery _query = new() { PageSize = PageSize };
    private InboxPage? _page;
    private InboxFilters? _filters;
    private Actor? _actor;
    private bool _interactive;
    private bool _busy;
    private readonly HashSet<Guid> _selected = [];
    private BatchApproveResult? _batch;
    private string? _message;
    private AlertStyle _messageStyle = AlertStyle.Info;

    [Inject] private RequestSender Sender { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    private int PageCount => _page is null ? 1 : Math.Max(1, (_page.Total + _page.PageSize - 1) / _page.PageSize);

    protected override async Task OnInitializedAsync()
    {
        _actor = ActorFactory.From((await AuthState).User);
        await LoadAsync(withFilters: true);
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _interactive = true;
            StateHasChanged();
        }
    }

    private int? CountOf(string tab) => _page?.Counts is not { } c ? null : tab switch
    {
        InboxTabs.Todo => c.Todo,
        InboxTabs.Started => c.Started,
        InboxTabs.Processed => c.Processed,
        _ => c.CopiedToMe,
    };

    private async Task ShowTabAsync(string tab)
    {
        // Filters belong to a tab's contents, so a new tab starts unfiltered.
        _query = new InboxQuery { Tab = tab, PageSize = PageSize };
        (_message, _batch) = (null, null);
        await LoadAsync(withFilters: true);
    }

    private async Task ApplyAsync(InboxQuery query)
    {
        _query = query with { Tab = _query.Tab, Page = 1, PageSize = PageSize };
        await LoadAsync(withFilters: false);
    }

    private async Task GoToAsync(int page)
    {
        _query = _query with { Page = Math.Clamp(page, 1, PageCount) };
        await LoadAsync(withFilters: false);
    }

    private async Task BatchApproveAsync(string? comment)
    {
        _busy = true;
        try
        {
            _batch = await Sender.SendAsync(new BatchApproveTasks(_actor!, [.. _selected], comment));
            _selected.Clear();
            _message = null;
        }
        catch (FlowChannelException ex)
        {
            Show(ex.Message, AlertStyle.Warning);
        }
        finally
        {
            _busy = false;
        }
        await LoadAsync(withFilters: true);
    }

    /// <summary>The withdraw button sent the command itself after the submitter confirmed; show it and refresh the tab.</summary>
    private async Task WithdrawnAsync(WithdrawResult result)
    {
        Show(T["inbox.Withdrawn"], AlertStyle.Success);
        await LoadAsync(withFilters: false);
    }

    private async Task LoadAsync(bool withFilters)
    {
        // Ticks of tasks no longer on the page would approve what the user cannot see.
        _selected.Clear();
        try
        {
            _page = await Sender.SendAsync(new ListInbox(_actor!, _query));
            if (withFilters)
            {
                _filters = await Sender.SendAsync(new GetInboxFilters(_actor!, _query.Tab));
            }
        }
        catch (FlowChannelException ex)
        {
            Show(ex.Message, AlertStyle.Danger);
        }
    }

    private void Show(string message, AlertStyle style) => (_message, _messageStyle) = (message, style);
}
