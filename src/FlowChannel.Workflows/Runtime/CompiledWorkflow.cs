using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using FlowChannel.Expressions.JavaScript;
using FlowChannel.Workflows.Activities;
using FlowChannel.Workflows.Activities.Core;
using FlowChannel.Workflows.Model;

namespace FlowChannel.Workflows.Runtime;

/// <summary>
/// Everything about a definition that does not change between runs, built once per definition and shared:
/// indexed nodes and edges, variable lookups, the script globals (which also cache compiled scripts), and the
/// graph analysis per start activity.
/// </summary>
internal sealed class CompiledWorkflow
{
    private readonly ConcurrentDictionary<int, GraphView> _views = new();

    private CompiledWorkflow(WorkflowDefinition definition, CompiledNode[] nodes, CompiledEdge[] edges)
    {
        Definition = definition;
        Nodes = nodes;
        Edges = edges;
        IndexById = nodes.ToDictionary(n => n.Id, n => n.Index, StringComparer.Ordinal);
        VariablesByName = definition.Variables.ToDictionary(v => v.Name, StringComparer.Ordinal);
        Scripts = ScriptGlobalsFactory.Build(definition, nodes);
        InitialVariables = [];
        foreach (var variable in definition.Variables)
        {
            try
            {
                InitialVariables[variable.Name] = VariableValues.Initial(variable);
            }
            catch (WorkflowFaultException e)
            {
                InitialVariablesError ??= e.Message;
            }
        }
    }

    /// <summary>Every variable's starting value, converted once; each instance starts from a copy.</summary>
    public JsonObject InitialVariables { get; }

    /// <summary>Why a declared initial value cannot be used (the reader reports it too), or null.</summary>
    public string? InitialVariablesError { get; }

    public WorkflowDefinition Definition { get; }

    public CompiledNode[] Nodes { get; }

    public CompiledEdge[] Edges { get; }

    public Dictionary<string, int> IndexById { get; }

    public Dictionary<string, VariableDefinition> VariablesByName { get; }

    public ScriptGlobals<ExecutionScope> Scripts { get; }

    public static CompiledWorkflow Build(WorkflowDefinition definition, ActivityRegistry registry)
    {
        var nodes = definition.Root.Activities
            .Select((node, index) => new CompiledNode(index, node, node.IsKnown && registry.TryGet(node.Type, out var activity) ? activity : null)
            {
                JoinMode = FlowJoinActivity.IsFlowJoin(node) ? FlowJoinActivity.ModeOf(node) : null,
            })
            .ToArray();
        var index = nodes.ToDictionary(n => n.Id, n => n.Index, StringComparer.Ordinal);
        var edges = definition.Root.Connections
            .Where(c => index.ContainsKey(c.SourceId) && index.ContainsKey(c.TargetId))
            .Select((c, i) => new CompiledEdge(i, index[c.SourceId], index[c.TargetId], c.SourcePort))
            .ToArray();
        foreach (var node in nodes)
        {
            node.Outbound = [.. edges.Where(e => e.Source == node.Index).Select(e => e.Index)];
            node.Inbound = [.. edges.Where(e => e.Target == node.Index).Select(e => e.Index)];
        }

        return new CompiledWorkflow(definition, nodes, edges);
    }

    /// <summary>Loops and join counts depend on where a run starts, so the analysis is cached per start activity.</summary>
    public GraphView ViewFrom(int start) => _views.GetOrAdd(start, s => GraphView.Build(this, s));
}
