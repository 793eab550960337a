using FlowChannel.Application.Dashboards.Aggregation;

namespace FlowChannel.Application.Dashboards.Data;

/// <summary>
/// One widget's numbers. <see cref="Available"/> is false (with <see cref="Message"/>) when the viewer may not see the
/// widget's form or its query no longer fits the form; the rest of the dashboard still shows.
/// </summary>
/// <param name="WidgetId">The widget of the definition.</param>
/// <param name="Available">False when the viewer gets no numbers for it.</param>
/// <param name="Message">Why it is not available.</param>
/// <param name="Result">The groups, calculated measures appended after the query's own.</param>
/// <param name="Comparison">A KPI's value to compare with: the previous period's total of its first measure, or the target.</param>
/// <param name="Attainment">A gauge's shown value ÷ its comparison (1 = on target).</param>
/// <param name="Funnel">A funnel's stages with their conversion shares.</param>
/// <param name="Hierarchy">A treemap's or sunburst's nodes, outermost dimension first, each with its total.</param>
public sealed record WidgetData(string WidgetId, bool Available, AggregateResult? Result, decimal? Comparison = null, string? Message = null,
    decimal? Attainment = null, IReadOnlyList<FunnelStage>? Funnel = null, IReadOnlyList<HierarchyNode>? Hierarchy = null);

/// <summary>Every widget's data, in the definition's order.</summary>
public sealed record DashboardDataResult(string DashboardId, IReadOnlyList<WidgetData> Widgets);
