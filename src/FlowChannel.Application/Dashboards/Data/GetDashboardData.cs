using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Dashboards.Aggregation;
using FlowChannel.Application.Dashboards.Definitions;
using FlowChannel.Application.Dashboards.Incentives;
using FlowChannel.Application.Dashboards.Store;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Application.Dashboards.Data;

/// <summary>
/// Every widget's numbers for the chosen filter values, each within what the caller may view (<see cref="AggregateRecords"/>).
/// A widget whose form the caller may not view, or whose query no longer fits its form, is "not available"; the
/// others still answer.
/// </summary>
/// <param name="Actor">Who asks; every widget counts only what they may view.</param>
/// <param name="Id">The dashboard.</param>
/// <param name="TimeZone">For date presets in widget filters; UTC when absent.</param>
/// <param name="Values">Filter key → chosen value (see <see cref="GlobalFilterValues"/>).</param>
/// <param name="OnlyWidget">Answer this widget alone (an export); 404 when the dashboard has no such widget.</param>
/// <param name="Unsaved">A definition being designed, answered instead of the stored one (the designer's live preview).</param>
public sealed record GetDashboardData(Actor Actor, string Id, IReadOnlyDictionary<string, JsonNode?> Values, string? TimeZone = null,
    string? OnlyWidget = null, DashboardDefinition? Unsaved = null) : IQuery<DashboardDataResult>;

public sealed class GetDashboardDataHandler(ISender sender, IServiceScopeFactory scopes) : IQueryHandler<GetDashboardData, DashboardDataResult>
{
    /// <summary>Widgets answered at once: each is one statement that keeps a core busy, so more would only queue.</summary>
    private static readonly int Concurrency = Math.Clamp(Environment.ProcessorCount, 1, 4);

    public async ValueTask<DashboardDataResult> Handle(GetDashboardData request, CancellationToken cancellationToken)
    {
        var dashboard = request.Unsaved ?? (await sender.Send(new GetDashboard(request.Id), cancellationToken)).Definition;
        var chosen = request.OnlyWidget is { } only
            ? [dashboard.Widgets.FirstOrDefault(w => w.Id == only) ?? throw new NotFoundException("Widget", only)]
            : dashboard.Widgets;
        if (chosen.Count == 1)
        {
            return new DashboardDataResult(dashboard.Id, [await WidgetAsync(sender, request, dashboard, chosen[0], cancellationToken)]);
        }
        // Side by side, each widget in a scope (and so a DbContext and connection) of its own: a context takes one query
        // at a time, and a dashboard's widgets are independent reads.
        var widgets = new WidgetData[chosen.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, chosen.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken }, async (i, ct) =>
            {
                await using var scope = scopes.CreateAsyncScope();
                widgets[i] = await WidgetAsync(scope.ServiceProvider.GetRequiredService<ISender>(), request, dashboard, chosen[i], ct);
            });
        return new DashboardDataResult(dashboard.Id, [.. widgets]);
    }

    private static async Task<WidgetData> WidgetAsync(ISender sender, GetDashboardData request, DashboardDefinition dashboard, DashboardWidget widget, CancellationToken ct)
    {
        try
        {
            var result = CalculatedMeasures.Apply(await RunAsync(sender, request, dashboard, widget, null, ct), widget.Calculated ?? []);
            var comparison = await ComparisonAsync(sender, request, dashboard, widget, ct);
            return new WidgetData(widget.Id, true, result, comparison,
                Attainment: widget.Type == WidgetTypes.Gauge ? WidgetShapes.Attainment(widget, result, comparison) : null,
                Funnel: widget.Type == WidgetTypes.Funnel ? WidgetShapes.Funnel(widget, result) : null,
                Hierarchy: WidgetTypes.Hierarchies.Contains(widget.Type) ? WidgetShapes.Hierarchy(widget, result) : null);
        }
        catch (Exception e) when (e is ForbiddenException or NotFoundException or InvalidInputException)
        {
            return new WidgetData(widget.Id, false, null, Message: e is InvalidInputException ? e.Message : "Not available to you.");
        }
    }

    private static Task<AggregateResult> RunAsync(ISender sender, GetDashboardData request, DashboardDefinition dashboard, DashboardWidget widget, DateRange? range, CancellationToken ct)
    {
        var query = widget.Query with
        {
            Filters = [.. widget.Query.Filters, .. GlobalFilterValues.For(dashboard, widget.Form, request.Values, range)],
            TimeZone = widget.Query.TimeZone ?? request.TimeZone,
        };
        if (WidgetTypes.Incentives.Contains(widget.Type))
        {
            var within = widget.Display?["within"] is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<decimal>(out var share) ? share : 0.1m;
            return sender.Send(new IncentiveFigures(request.Actor, widget.Type, query.Filters, query.TimeZone, within), ct).AsTask();
        }
        return sender.Send(new AggregateRecords(request.Actor, widget.Form, query), ct).AsTask();
    }

    /// <summary>The previous period's total of the first measure (same filters, the date range moved back), or the target.</summary>
    private static async Task<decimal?> ComparisonAsync(ISender sender, GetDashboardData request, DashboardDefinition dashboard, DashboardWidget widget, CancellationToken ct)
    {
        switch (widget.Comparison)
        {
            case { Kind: KpiComparison.TargetValue } c:
                return c.Target;
            case { Kind: KpiComparison.PreviousPeriod }:
                if (GlobalFilterValues.ChosenRange(dashboard, request.Values)?.Previous() is not { } previous)
                {
                    return null;
                }
                var total = widget.Query with { Dimensions = [] };
                var result = await RunAsync(sender, request, dashboard, widget with { Query = total }, previous, ct);
                return result.Rows.Count > 0 && result.Rows[0].Values.Count > 0 ? result.Rows[0].Values[0] : null;
            default:
                return null;
        }
    }
}
