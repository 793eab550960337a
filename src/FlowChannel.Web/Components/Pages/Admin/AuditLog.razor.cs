using FlowChannel.Application.Audit;
using FlowChannel.Application.Common;
using FlowChannel.Persistence.Audit;
using FlowChannel.Web.Hosting;
using FlowChannel.Web.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Radzen;
using Radzen.Blazor;

namespace FlowChannel.Web.Components.Pages.Admin;

/// <summary>The audit log, newest first, filtered on the server; and a button that verifies the whole hash chain.</summary>
public sealed partial class AuditLog
{
    private RadzenDataGrid<AuditEntryView> _grid = default!;
    private AuditEntryPage? _page;
    private DateTime? _from;
    private DateTime? _to;
    private string? _user;
    private string? _action;
    private string? _objectType;
    private string? _objectId;
    private AuditChainReport? _report;
    private string? _error;
    private bool _loading;
    private bool _verifying;
    private bool _interactive;

    [Inject] private RequestSender Sender { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _interactive = true;
            StateHasChanged();
        }
    }

    private async Task LoadAsync(LoadDataArgs args)
    {
        _loading = true;
        _error = null;
        var size = args.Top is > 0 ? args.Top.Value : 50;
        try
        {
            _page = await Sender.SendAsync(new ListAuditEntries(await ActorAsync(), Utc(_from), Utc(_to), _user, _action, _objectType, _objectId,
                (args.Skip ?? 0) / size + 1, size));
        }
        catch (FlowChannelException e)
        {
            // A filter the server refuses (e.g. "until" before "from"): say why and show nothing rather than stale rows.
            _page = null;
            _error = e.Message;
        }
        finally
        {
            _loading = false;
        }
    }

    private Task ReloadAsync() => _grid.FirstPage(forceReload: true);

    private async Task VerifyAsync()
    {
        _verifying = true;
        try
        {
            _report = await Sender.SendAsync(new VerifyAuditChain(await ActorAsync()));
        }
        finally
        {
            _verifying = false;
        }
    }

    private string VerificationText(AuditChainReport report)
    {
        if (report.Intact)
        {
            return T.Format("audit.Intact", report.Count, report.HeadHash);
        }

        var check = T["audit.check." + report.Break!.Check];
        return report.Break.Sequence is { } sequence ? T.Format("audit.BrokenAt", sequence, check) : T.Format("audit.BrokenOutside", check);
    }

    private async Task<Actor> ActorAsync() => ActorFactory.From((await AuthState).User);

    /// <summary>The pickers show the server's local time, as the grid does (<c>Time.Show</c>).</summary>
    private static DateTime? Utc(DateTime? picked) =>
        picked is { } value ? DateTime.SpecifyKind(value, DateTimeKind.Local).ToUniversalTime() : null;
}
