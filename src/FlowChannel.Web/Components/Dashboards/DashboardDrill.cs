using System.Text.Json;
using FlowChannel.Application.Records.Query;

namespace FlowChannel.Web.Components.Dashboards;

/// <summary>Reads the <c>?filters=</c> a dashboard's drill-down link puts on the records grid's address.</summary>
public static class DashboardDrill
{
    /// <summary>The filters, or none when the text is absent or not a JSON array of filters (a hand-edited address).</summary>
    public static IReadOnlyList<GridFilter> Filters(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }
        try
        {
            return JsonSerializer.Deserialize<List<GridFilter>>(json, JsonSerializerOptions.Web) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
