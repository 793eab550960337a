using FlowChannel.Application.Dashboards.Definitions;
using FlowChannel.Forms.Schema;

namespace FlowChannel.Application.Dashboards.Store;

/// <summary>A dashboard in the list: its id, title and where it came from.</summary>
public sealed record DashboardSummary(string Id, LocalizedText Title, int Version, string? PackId, bool Customised);

/// <summary>A stored dashboard with its parsed definition.</summary>
public sealed record StoredDashboard(DashboardDefinition Definition, int Version, string? PackId, bool Customised);
