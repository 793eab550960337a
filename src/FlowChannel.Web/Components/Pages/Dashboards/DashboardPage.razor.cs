using System.Globalization;
using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Dashboards.Data;
using FlowChannel.Application.Dashboards.Definitions;
using FlowChannel.Application.Dashboards.Store;
using FlowChannel.Web.Hosting;
using FlowChannel.Web.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;

namespace FlowChannel.Web.Components.Pages.Dashboards;

/// <summary>A dashboard: its filters above, its widgets on the 12-column grid; applying the filters re-queries every widget.</summary>
public sealed partial class DashboardPage
{
    [Parameter] public string Id { get; set; } = "";
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;
    [Inject] private RequestSender Sender { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;

    private DashboardDefinition? _definition;
    private DashboardDataResult? _data;
    private bool _missing;

    // Ready only once the circuit runs: before that, a prerendered filter form would post the page instead of re-querying.
    private bool _interactive;
    private string _exportQuery = "";
    private DateOnly? _from;
    private DateOnly? _to;
    private readonly Dictionary<string, string?> _texts = new(StringComparer.Ordinal);

    protected override async Task OnParametersSetAsync()
    {
        try
        {
            _definition = (await Sender.SendAsync(new GetDashboard(Id))).Definition;
        }
        catch (NotFoundException)
        {
            (_definition, _missing) = (null, true);
            return;
        }
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

    private async Task LoadAsync()
    {
        var values = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var filter in _definition!.Filters)
        {
            if (filter.Kind == DashboardFilterKinds.DateRange)
            {
                values[filter.Key] = new JsonObject { ["from"] = Day(_from), ["to"] = Day(_to) };
            }
            else if (_texts.GetValueOrDefault(filter.Key) is { Length: > 0 } text)
            {
                values[filter.Key] = text.Trim();
            }
        }
        var actor = ActorFactory.From((await AuthState).User);
        _data = await Sender.SendAsync(new GetDashboardData(actor, Id, values, TimeZoneInfo.Local.Id));
        var chosen = new JsonObject([.. values.Select(v => KeyValuePair.Create(v.Key, v.Value?.DeepClone()))]);
        _exportQuery = $"?values={Uri.EscapeDataString(chosen.ToJsonString())}&timeZone={Uri.EscapeDataString(TimeZoneInfo.Local.Id)}";
    }

    /// <summary>The widget's Excel export for the filter values the page shows (a plain link: the browser downloads it).</summary>
    private string ExportLink(DashboardWidget widget) =>
        $"/api/dashboards/{Uri.EscapeDataString(Id)}/widgets/{Uri.EscapeDataString(widget.Id)}/export.xlsx{_exportQuery}";

    private async Task PrintAsync() => await JS.InvokeVoidAsync("print");

    private static string? Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
