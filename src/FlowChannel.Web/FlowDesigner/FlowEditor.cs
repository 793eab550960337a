using System.Text.Json.Nodes;
using FlowChannel.Workflows.Activities;
using FlowChannel.Workflows.Activities.Platform;
using FlowChannel.Workflows.Model;

namespace FlowChannel.Web.FlowDesigner;

/// <summary>
/// The designer's edits of the flowchart, each one undo step on the <see cref="FlowDocument"/>. Methods return the
/// id of what they made (or null when nothing changed), so the canvas can select it.
/// </summary>
public sealed class FlowEditor(FlowDocument document)
{
    /// <summary>Adds an activity at a canvas point; a trigger is marked as able to start the workflow.</summary>
    public string AddNode(FlowActivityInfo activity, double x, double y)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var id = NewId(activity.ShortName);
        var node = new JsonObject
        {
            ["id"] = id,
            ["name"] = NewName(activity.ShortName),
            ["type"] = activity.Type,
            ["version"] = 1,
            ["customProperties"] = new JsonObject { ["canStartWorkflow"] = activity.Kind == ActivityKind.Trigger },
        };
        FlowJson.SetPosition(node, x, y);
        PrefillRecord(node, activity);
        document.Edit(_ => document.Activities.Add(node));
        return id;
    }

    /// <summary>The expression that reads the submitted record's id in a flow its form's submission starts.</summary>
    public const string SubmittedRecordId = "getInput('record').id";

    // In a flow a form submission starts, a step about a record is about the submitted one: without this the
    // approver's task would show no data, and a business user would not know to write the expression.
    private void PrefillRecord(JsonObject node, FlowActivityInfo activity)
    {
        var startedByForm = document.Activities.OfType<JsonObject>().Any(a => FlowJson.Type(a) == FormSubmittedActivity.Type);
        if (startedByForm && activity.Inputs.Any(i => i.Name == "recordId"))
        {
            node["recordId"] = new JsonObject
            {
                ["typeName"] = "String",
                ["expression"] = new JsonObject { ["type"] = nameof(ExpressionType.JavaScript), ["value"] = SubmittedRecordId },
            };
        }
    }

    public void Move(string id, double x, double y) => document.Edit(_ =>
    {
        if (document.Node(id) is { } node)
        {
            FlowJson.SetPosition(node, x, y);
        }
    });

    public void Rename(string id, string name) => document.Edit(_ =>
    {
        if (document.Node(id) is { } node)
        {
            node["name"] = name.Trim();
        }
    });

    /// <summary>Connects an outcome port to a node; refused (false) for a missing end, a self-loop or a duplicate.</summary>
    public bool Connect(string source, string port, string target)
    {
        if (source == target || document.Node(source) is null || document.Node(target) is null
            || document.Connections.OfType<JsonObject>().Any(c => FlowJson.Ends(c) == (source, port, target)))
        {
            return false;
        }
        document.Edit(_ => document.Connections.Add(FlowJson.Connection(source, port, target)));
        return true;
    }

    public void Disconnect(string source, string port, string target) => document.Edit(_ =>
        RemoveWhere(document.Connections, c => FlowJson.Ends(c) == (source, port, target)));

    /// <summary>Deletes nodes and every connection touching them, as one step.</summary>
    public void Delete(IReadOnlyCollection<string> ids) => document.Edit(_ =>
    {
        RemoveWhere(document.Activities, a => ids.Contains(FlowJson.Id(a)));
        RemoveWhere(document.Connections, c => FlowJson.Ends(c) is var (s, _, t) && (ids.Contains(s) || ids.Contains(t)));
    });

    /// <summary>Sets an input as <c>{ typeName, expression: { type, value } }</c>; a null literal removes it.</summary>
    public void SetInput(string id, string input, string typeName, ExpressionType type, JsonNode? value) => document.Edit(_ =>
    {
        if (document.Node(id) is not { } node)
        {
            return;
        }
        if (type == ExpressionType.Literal && value is null)
        {
            node.Remove(input);
            return;
        }
        node[input] = new JsonObject
        {
            ["typeName"] = typeName,
            ["expression"] = new JsonObject { ["type"] = type.ToString(), ["value"] = value?.DeepClone() },
        };
    });

    /// <summary>Sets a plain-JSON property (e.g. a switch's cases) or removes it when null.</summary>
    public void SetProperty(string id, string property, JsonNode? value) => document.Edit(_ =>
    {
        if (document.Node(id) is { } node)
        {
            node[property] = value?.DeepClone();
        }
    });

    internal string NewId(string shortName)
    {
        var stem = char.ToLowerInvariant(shortName[0]) + shortName[1..];
        var taken = document.Activities.OfType<JsonObject>().Select(FlowJson.Id).ToHashSet(StringComparer.Ordinal);
        var n = 1;
        while (taken.Contains($"{stem}{n}"))
        {
            n++;
        }
        return $"{stem}{n}";
    }

    // Elsa Studio's own naming (Approval1, Approval2…): names must be unique, getOutputFrom reads by name.
    private string NewName(string shortName)
    {
        var taken = document.Activities.OfType<JsonObject>().Select(a => a["name"]?.ToString()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var n = 1;
        while (taken.Contains($"{shortName}{n}"))
        {
            n++;
        }
        return $"{shortName}{n}";
    }

    internal static void RemoveWhere(JsonArray array, Func<JsonObject, bool> match)
    {
        for (var i = array.Count - 1; i >= 0; i--)
        {
            if (array[i] is JsonObject item && match(item))
            {
                array.RemoveAt(i);
            }
        }
    }
}
