using System.Text.Json.Nodes;
using FlowChannel.Application.Dashboards.Aggregation;
using FlowChannel.Forms.Schema;

namespace FlowChannel.Application.Dashboards.Definitions;

/// <summary>
/// A dashboard as written in <c>dashboards/*.dashboard.json</c> (schema: <c>dashboards/dashboard.schema.json</c>):
/// global filters that apply to every widget, and widgets on a 12-column grid, each one aggregation of one form.
/// </summary>
/// <param name="Id">Unique among dashboards; the page's address.</param>
/// <param name="Title">The heading.</param>
/// <param name="Filters">Filters shown above the widgets.</param>
/// <param name="Widgets">The widgets on the grid.</param>
/// <param name="Summary">When to email the dashboard's KPI figures, and to whom; none when absent.</param>
public sealed record DashboardDefinition(
    string Id, LocalizedText Title, IReadOnlyList<DashboardFilter> Filters, IReadOnlyList<DashboardWidget> Widgets,
    DashboardSummarySchedule? Summary = null);

/// <summary>
/// The dashboard's summary by email: at each tick of <see cref="Cron"/> every enabled user with an email address in one
/// of <see cref="Roles"/> gets the KPI and gauge figures as they would see them, in their language.
/// </summary>
/// <param name="Cron">Five-field cron read in <see cref="TimeZone"/>: <c>0 8 * * 1</c> is Mondays at 08:00.</param>
/// <param name="TimeZone">IANA or Windows time-zone id; UTC when absent.</param>
/// <param name="Roles">The recipients' roles, e.g. <c>channel-manager</c>.</param>
public sealed record DashboardSummarySchedule(string Cron, string? TimeZone, IReadOnlyList<string> Roles);

/// <summary>
/// A filter shown above the widgets. <see cref="Fields"/> names, per source form, the field it filters; a widget on a
/// form it does not name is not filtered by it.
/// </summary>
/// <param name="Key">The name its value is sent under.</param>
/// <param name="Kind">One of <see cref="DashboardFilterKinds"/>.</param>
/// <param name="Title">The label above the filter.</param>
/// <param name="Fields">Source form id → the field filtered there.</param>
public sealed record DashboardFilter(string Key, string Kind, LocalizedText Title, IReadOnlyDictionary<string, string> Fields);

/// <summary>A widget: where it sits, what it shows and which numbers it shows.</summary>
/// <param name="Id">Unique in the dashboard.</param>
/// <param name="Title">The widget's heading.</param>
/// <param name="Layout">Its place on the grid.</param>
/// <param name="Type">One of <see cref="WidgetTypes"/>.</param>
/// <param name="Form">The source form.</param>
/// <param name="Query">The aggregation of the form's records.</param>
/// <param name="Calculated">Measures computed per group from the query's measures, after aggregation.</param>
/// <param name="Comparison">For a KPI: what its value is compared with.</param>
/// <param name="Display">Free display options (colours, number format, top N); the page reads what it knows.</param>
public sealed record DashboardWidget(
    string Id, string Type, LocalizedText Title, WidgetLayout Layout, string Form, AggregateQuery Query,
    IReadOnlyList<CalculatedMeasure>? Calculated, KpiComparison? Comparison, JsonObject? Display);

/// <summary>Grid position: columns 0–11 from the left, rows from the top; width and height in cells.</summary>
public sealed record WidgetLayout(int X, int Y, int W, int H)
{
    public const int Columns = 12;
}

/// <summary>A measure computed from the widget's other measures by a formula of the form language (<c>sales / orders</c>).</summary>
public sealed record CalculatedMeasure(string Key, string Formula);

/// <summary>What a KPI is compared with: the previous period of the same length (needs a date-range filter value) or a fixed target.</summary>
/// <param name="Kind"><c>previousPeriod</c> or <c>target</c>.</param>
/// <param name="Target">The target, for <c>target</c>.</param>
public sealed record KpiComparison(string Kind, decimal? Target = null)
{
    public const string PreviousPeriod = "previousPeriod";
    public const string TargetValue = "target";
}

/// <summary>The global filter kinds.</summary>
public static class DashboardFilterKinds
{
    public const string DateRange = "dateRange";
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { DateRange, "region", "tier", "partner", "owner" };
}

/// <summary>The widget types the dashboard page draws.</summary>
public static class WidgetTypes
{
    public const string Kpi = "kpi";
    public const string Map = "map";
    public const string Gauge = "gauge";
    public const string Funnel = "funnel";
    public const string Radar = "radar";
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        Kpi, "bar", "stackedBar", "line", "area", "pie", "donut", Radar, Funnel, Gauge, "pivot", "table", "ranking", Map, "treemap", "sunburst",
        Dashboards.Incentives.IncentiveReports.RebateTiers, Dashboards.Incentives.IncentiveReports.NearMiss,
    };

    /// <summary>
    /// Reports over the rebate statements with their own fixed columns (see <see cref="Dashboards.Incentives.IncentiveFigures"/>): the
    /// widget's query gives only filters; <c>display.within</c> sets the near-miss distance (a share of the boundary, 0.1 by default).
    /// </summary>
    public static readonly IReadOnlySet<string> Incentives = new HashSet<string>(StringComparer.Ordinal)
    {
        Dashboards.Incentives.IncentiveReports.RebateTiers, Dashboards.Incentives.IncentiveReports.NearMiss,
    };

    /// <summary>The types drawn as a hierarchy of their dimensions (type → tier → region).</summary>
    public static readonly IReadOnlySet<string> Hierarchies = new HashSet<string>(StringComparer.Ordinal) { "treemap", "sunburst" };

    /// <summary>How a map draws its values: shaded provinces, or a circle per province sized by its value.</summary>
    public static readonly IReadOnlySet<string> MapModes = new HashSet<string>(StringComparer.Ordinal) { "choropleth", "points" };
}
