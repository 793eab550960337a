using FlowChannel.Workflows.Activities;

namespace FlowChannel.Web.FlowDesigner;

/// <summary>
/// The registry's activities grouped for the palette. The registry says what an activity does; how it is presented
/// (category, icon) and which inputs a designer must fill are the designer's business, so they live here.
/// </summary>
public sealed class FlowCatalog
{
    /// <summary>Palette categories, in palette order.</summary>
    public static readonly IReadOnlyList<string> Categories = ["approval", "notifications", "records", "logic", "timers", "integration"];

    private static readonly Dictionary<string, (string Category, string Icon, string[] Required)> Presentation = new(StringComparer.OrdinalIgnoreCase)
    {
        ["FlowChannel.FormSubmitted"] = ("approval", "📝", ["formId"]),
        ["FlowChannel.Approval"] = ("approval", "✔", []),
        ["FlowChannel.Notify"] = ("notifications", "🔔", []),
        ["Elsa.SendEmail"] = ("notifications", "✉", ["to"]),
        ["Elsa.WriteLine"] = ("notifications", "✎", ["text"]),
        ["FlowChannel.CreateRecord"] = ("records", "＋", []),
        ["FlowChannel.UpdateRecord"] = ("records", "✏", []),
        ["FlowChannel.QueryRecords"] = ("records", "🔍", []),
        ["FlowChannel.RecordChanged"] = ("records", "⟳", []),
        ["Elsa.Start"] = ("logic", "▶", []),
        ["Elsa.End"] = ("logic", "■", []),
        ["Elsa.Finish"] = ("logic", "⏹", []),
        ["Elsa.FlowDecision"] = ("logic", "◇", ["condition"]),
        ["Elsa.FlowSwitch"] = ("logic", "⑂", []),
        ["Elsa.FlowFork"] = ("logic", "⋔", []),
        ["Elsa.FlowJoin"] = ("logic", "⋈", []),
        ["Elsa.SetVariable"] = ("logic", "𝑥", []),
        ["Elsa.SetName"] = ("logic", "🏷", ["value"]),
        ["Elsa.Correlate"] = ("logic", "🔗", ["correlationId"]),
        ["Elsa.RunJavaScript"] = ("logic", "JS", ["script"]),
        ["Elsa.Fault"] = ("logic", "⚠", ["message"]),
        ["Elsa.Delay"] = ("timers", "⏳", ["timeSpan"]),
        ["Elsa.Timer"] = ("timers", "⏱", ["interval"]),
        ["Elsa.Cron"] = ("timers", "🕒", ["cronExpression"]),
        ["Elsa.StartAt"] = ("timers", "📅", ["dateTime"]),
        ["Elsa.Event"] = ("integration", "⚡", ["eventName"]),
        ["Elsa.PublishEvent"] = ("integration", "📣", ["eventName"]),
        ["Elsa.RunTask"] = ("integration", "⚙", ["taskName"]),
        ["Elsa.FlowSendHttpRequest"] = ("integration", "🌐", ["url"]),
        ["Elsa.ExecuteWorkflow"] = ("integration", "↪", ["workflowDefinitionId"]),
        ["Elsa.DispatchWorkflow"] = ("integration", "⇉", ["workflowDefinitionId"]),
    };

    private readonly Dictionary<string, FlowActivityInfo> _byType = new(StringComparer.OrdinalIgnoreCase);

    public FlowCatalog(ActivityRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        Registry = registry;
        foreach (var activity in registry.Activities)
        {
            var (category, icon, required) = Presentation.TryGetValue(activity.TypeName, out var shown) ? shown : ("integration", "◆", []);
            _byType[activity.TypeName] = new FlowActivityInfo(activity.TypeName, category, icon, activity.Kind, activity.Inputs, activity.Outcomes, required);
        }
    }

    public ActivityRegistry Registry { get; }

    public IEnumerable<FlowActivityInfo> All => _byType.Values;

    /// <summary>The activities of one palette category, by name.</summary>
    public IReadOnlyList<FlowActivityInfo> InCategory(string category) =>
        [.. _byType.Values.Where(a => a.Category == category).OrderBy(a => a.ShortName, StringComparer.Ordinal)];

    /// <summary>The type, a generic suffix ignored; null for a type this server does not know.</summary>
    public FlowActivityInfo? Find(string? type)
    {
        if (type is null)
        {
            return null;
        }
        var generic = type.IndexOf('<', StringComparison.Ordinal);
        return _byType.GetValueOrDefault(generic > 0 ? type[..generic] : type);
    }
}
