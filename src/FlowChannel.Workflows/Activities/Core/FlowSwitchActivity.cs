using System.Text.Json.Nodes;
using FlowChannel.Workflows.Model;
using FlowChannel.Workflows.Serialization;

namespace FlowChannel.Workflows.Activities.Core;

/// <summary>
/// <c>Elsa.FlowSwitch</c>: completes with the label of the first true case (<c>MatchFirst</c>, the default) or of every
/// true case (<c>MatchAny</c>); with <c>Default</c> when none is true. <c>cases</c> is plain JSON, not an input object.
/// </summary>
public sealed class FlowSwitchActivity : WorkflowActivity
{
    public const string DefaultOutcome = "Default";
    private const string CasesKey = "cases";

    public override string TypeName => "Elsa.FlowSwitch";

    public override IReadOnlyList<ActivityInputDescriptor> Inputs { get; } = [new("mode", "Elsa.Workflows.Core.Activities.Flowchart.Models.SwitchMode, Elsa.Workflows.Core")];

    public override IReadOnlyList<string> Outcomes { get; } = [DefaultOutcome];

    public override void Read(ActivityReadContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var pointer = context.PointerTo(CasesKey);
        var cases = new List<FlowSwitchCase>();
        var items = context.Source[CasesKey] switch
        {
            JsonObject { } wrapper when wrapper["$values"] is JsonArray values => values,
            JsonArray array => array,
            _ => [],
        };
        for (var i = 0; i < items.Count; i++)
        {
            var casePointer = $"{pointer}/{i}";
            if (items[i] is not JsonObject item || item["label"]?.ToString() is not { Length: > 0 } label)
            {
                context.Error(casePointer, "A switch case needs a label.");
                continue;
            }

            cases.Add(new FlowSwitchCase(label, context.ReadExpression(item["condition"], $"{casePointer}/condition")));
        }

        context.SetProperty(CasesKey, cases);
    }

    public override ActivityResult Execute(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var matchAny = string.Equals(context.GetString("mode"), "MatchAny", StringComparison.OrdinalIgnoreCase);
        var cases = context.Node.Properties.TryGetValue(CasesKey, out var value) ? (List<FlowSwitchCase>)value : [];
        var matched = new List<string>();
        foreach (var switchCase in cases)
        {
            if (switchCase.Condition is null || !IsTrue(context.Evaluate(switchCase.Condition, $"Case '{switchCase.Label}'")))
            {
                continue;
            }

            matched.Add(switchCase.Label);
            if (!matchAny)
            {
                break;
            }
        }

        return ActivityResult.Complete(matched.Count > 0 ? matched : [DefaultOutcome]);
    }

    private static bool IsTrue(JsonNode? value) => value switch
    {
        null => false,
        JsonValue v when v.TryGetValue<bool>(out var flag) => flag,
        JsonValue v when JsonRead.Boolean(v) is { } parsed => parsed,
        _ => false,
    };
}
