using System.Runtime.CompilerServices;
using FlowChannel.Persistence.Entities;
using FlowChannel.Workflows.Runtime;

namespace FlowChannel.Application.Workflows;

/// <summary>
/// An instance row's state, parsed once per loaded row: checking that a round is still live and resuming it both
/// read the same state JSON in one step. Callers must not change the state they get; the runner never does (a step
/// works on a copy).
/// </summary>
internal static class InstanceStates
{
    // Keyed by the row object and checked against the very string it was parsed from: a new state written to the row,
    // or the row read again (a new object), parses afresh. The table holds neither key nor value alive.
    private static readonly ConditionalWeakTable<WorkflowInstance, Parsed> ByRow = new();

    public static WorkflowInstanceState Read(WorkflowInstance instance)
    {
        var json = instance.StateJson;
        if (ByRow.TryGetValue(instance, out var parsed) && ReferenceEquals(parsed.Json, json))
        {
            return parsed.State;
        }

        var state = WorkflowInstanceState.FromJson(json);
        ByRow.AddOrUpdate(instance, new Parsed(json, state));
        return state;
    }

    private sealed record Parsed(string Json, WorkflowInstanceState State);
}
