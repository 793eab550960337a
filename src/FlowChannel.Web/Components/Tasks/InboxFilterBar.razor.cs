using System.Globalization;
using FlowChannel.Application.Tasks.Inbox;
using Microsoft.AspNetCore.Components;

namespace FlowChannel.Web.Components.Tasks;

/// <summary>Edits the filters of an inbox query; dates are the user's local days, sent as UTC instants.</summary>
public sealed partial class InboxFilterBar
{
    private string? _search;
    private string _formId = "";
    private string _workflowId = "";
    private string _submitter = "";
    private string _partner = "";
    private DateOnly? _from;
    private DateOnly? _to;
    private bool _overdue;
    private string _sort = "";
    private InboxQuery? _shown;

    [Parameter, EditorRequired] public InboxQuery Query { get; set; } = new();

    [Parameter] public InboxFilters? Filters { get; set; }

    [Parameter] public EventCallback<InboxQuery> OnApply { get; set; }

    protected override void OnParametersSet()
    {
        // The fields show the query last applied (a new tab starts empty), but a re-render keeps what is being typed.
        if (ReferenceEquals(_shown, Query))
        {
            return;
        }
        _shown = Query;
        _search = Query.Search;
        _formId = Query.FormId ?? "";
        _workflowId = Query.WorkflowId ?? "";
        _submitter = Query.SubmitterUserId ?? "";
        _partner = Query.PartnerId?.ToString() ?? "";
        _from = Query.From is { } f ? DateOnly.FromDateTime(f.ToLocalTime()) : null;
        _to = Query.To is { } t ? DateOnly.FromDateTime(t.ToLocalTime().AddDays(-1)) : null;
        _overdue = Query.OverdueOnly;
        _sort = Query.Sort ?? "";
    }

    private Task ApplyAsync() => OnApply.InvokeAsync(new InboxQuery
    {
        Tab = Query.Tab,
        Search = string.IsNullOrWhiteSpace(_search) ? null : _search.Trim(),
        FormId = Empty(_formId),
        WorkflowId = Empty(_workflowId),
        SubmitterUserId = Empty(_submitter),
        PartnerId = Guid.TryParse(_partner, CultureInfo.InvariantCulture, out var partner) ? partner : null,
        From = _from?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Local).ToUniversalTime(),
        // "To" is inclusive of the chosen day: the query's bound is the start of the next one.
        To = _to?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Local).ToUniversalTime(),
        OverdueOnly = _overdue,
        Sort = Empty(_sort),
    });

    private Task ResetAsync()
    {
        (_search, _formId, _workflowId, _submitter, _partner, _from, _to, _overdue, _sort) = (null, "", "", "", "", null, null, false, "");
        return ApplyAsync();
    }

    private static string? Empty(string value) => value.Length == 0 ? null : value;
}
