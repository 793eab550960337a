using System.Text.Json.Nodes;
using FlowChannel.Workflows.Activities.Platform.Approvals;

namespace FlowChannel.Application.Workflows.Definitions.Changes;

/// <summary>The flowchart's activities compared by id: added, removed, and changed inputs, approval settings and properties.</summary>
internal static class ActivityChanges
{
    // Every other member of an activity is one of its inputs (or outputs), as Elsa writes them.
    private static readonly string[] OwnMembers = ["id", "nodeId", "name", "type", "version", "customProperties", "metadata"];
    private static readonly string[] Compared = ["name", "type", "version", "customProperties"];

    // Who decides, how and by when: every input of an approval node except what its task says (title, description,
    // record), taken from the activity itself so that a setting added later is listed too.
    private static readonly HashSet<string> ApprovalSettings = new(
        new ApprovalActivity().Inputs.Select(i => i.Name).Except(["title", "description", "recordId"]), StringComparer.Ordinal);

    public static List<ActivityChange> Compare(IReadOnlyDictionary<string, JsonObject> before, IReadOnlyDictionary<string, JsonObject> after, ref bool layoutChanged)
    {
        var changes = new List<ActivityChange>();
        foreach (var (id, activity) in after)
        {
            if (!before.TryGetValue(id, out var old))
            {
                changes.Add(new(id, Label(activity), Type(activity), WorkflowChangeKind.Added, [], [], []));
                continue;
            }
            layoutChanged |= !ChangeValues.Same(Layout(old), Layout(activity));
            var inputs = ChangeValues.Differences(old, activity, ignored: OwnMembers);
            var approval = Type(activity) == ApprovalActivity.Type && Type(old) == ApprovalActivity.Type;
            var settings = approval ? inputs.Where(i => ApprovalSettings.Contains(i.Name)).ToList() : [];
            var properties = ChangeValues.Differences(old, activity, Compared);
            properties.AddRange(ChangeValues.Differences(Metadata(old), Metadata(activity), prefix: "metadata."));
            if (inputs.Count > 0 || properties.Count > 0)
            {
                changes.Add(new(id, Label(activity), Type(activity), WorkflowChangeKind.Changed, [.. inputs.Except(settings)], settings, properties));
            }
        }
        changes.AddRange(before.Where(b => !after.ContainsKey(b.Key))
            .Select(b => new ActivityChange(b.Key, Label(b.Value), Type(b.Value), WorkflowChangeKind.Removed, [], [], [])));
        return changes;
    }

    /// <summary>What a node is called: its name, else its display text, else its id.</summary>
    public static string Label(JsonObject activity) =>
        ChangeValues.Text(activity["name"]) is { Length: > 0 } name ? name
        : ChangeValues.Text(activity["metadata"]?["displayText"]) is { Length: > 0 } text ? text
        : ChangeValues.Text(activity["id"]) ?? "";

    private static string Type(JsonObject activity) => ChangeValues.Text(activity["type"]) ?? "";

    // Where the node sits and how big it is drawn: layout, reported once for the whole flow.
    private static JsonObject Layout(JsonObject activity) => new()
    {
        ["position"] = activity["metadata"]?["designer"]?["position"]?.DeepClone(),
        ["size"] = activity["metadata"]?["designer"]?["size"]?.DeepClone(),
    };

    // The rest of the designer metadata (display text, description, Studio's own) is content, not layout.
    private static JsonObject Metadata(JsonObject activity)
    {
        var metadata = activity["metadata"]?.DeepClone() as JsonObject ?? [];
        if (metadata["designer"] is JsonObject designer)
        {
            designer.Remove("position");
            designer.Remove("size");
            if (designer.Count == 0)
            {
                metadata.Remove("designer");
            }
        }
        return metadata;
    }
}
