using System.Text.Json.Nodes;

namespace FlowChannel.Web.FlowDesigner;

/// <summary>The scripts and templates written on a node: its inputs' expressions and its switch cases' conditions.</summary>
public static class FlowExpressions
{
    public sealed record Written(string Input, string Language, string Text);

    public static IEnumerable<Written> Of(JsonObject node)
    {
        ArgumentNullException.ThrowIfNull(node);
        foreach (var (name, value) in node)
        {
            if (value is JsonObject { } input && Expression(name, input) is { } written)
            {
                yield return written;
            }
        }
        if (node["cases"] is JsonArray cases)
        {
            for (var i = 0; i < cases.Count; i++)
            {
                if (cases[i]?["condition"] is JsonObject condition && Expression($"case {cases[i]?["label"]}", new JsonObject { ["expression"] = condition.DeepClone() }) is { } written)
                {
                    yield return written;
                }
            }
        }
    }

    private static Written? Expression(string name, JsonObject input) =>
        input["expression"] is JsonObject e && e["type"]?.ToString() is "JavaScript" or "Liquid" && e["value"]?.ToString() is { } text
            ? new Written(name, e["type"]!.ToString(), text)
            : null;
}
