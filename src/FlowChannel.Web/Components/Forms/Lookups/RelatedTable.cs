using System.Text.Json.Nodes;

namespace FlowChannel.Web.Components.Forms.Lookups;

/// <summary>The rows a related-records item lists, with the other form's columns to show.</summary>
public sealed record RelatedTable(IReadOnlyList<(string Key, string Label)> Columns, IReadOnlyList<JsonObject> Rows)
{
    public static readonly RelatedTable Empty = new([], []);
}
