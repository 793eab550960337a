namespace FlowChannel.Workflows.Runtime.Migration;

/// <summary>
/// Moves an instance's state from one compiled version to another. Only the places the instance sits at matter:
/// its open bookmarks, joins waiting for more branches, the activity a faulted instance would retry from, and the
/// start activity (loops and joins are analysed from it). Work queued inside a step is never persisted, so there is
/// nothing else to carry over.
/// </summary>
internal static class InstanceMigration
{
    public static WorkflowMigrationResult Migrate(CompiledWorkflow current, CompiledWorkflow target, WorkflowInstanceState state)
    {
        var problems = new List<WorkflowMigrationProblem>();
        foreach (var (activityId, type, role) in Positions(current, state))
        {
            CheckActivity(target, activityId, type, role, problems);
        }

        var joins = new Dictionary<string, JoinProgress>(StringComparer.Ordinal);
        foreach (var (joinId, progress) in state.Joins.Where(j => !problems.Any(p => p.ActivityId == j.Key)))
        {
            joins[joinId] = new JoinProgress
            {
                Followed = [.. progress.Followed.Select(e => MapEdge(current, target, joinId, e, problems))],
                Skipped = [.. progress.Skipped.Select(e => MapEdge(current, target, joinId, e, problems))],
            };
        }

        return problems.Count > 0
            ? new WorkflowMigrationResult(null, problems)
            : new WorkflowMigrationResult(Moved(target, state, joins), []);
    }

    private static IEnumerable<(string ActivityId, string Type, string Role)> Positions(CompiledWorkflow current, WorkflowInstanceState state)
    {
        foreach (var bookmark in state.Bookmarks)
        {
            yield return (bookmark.ActivityId, bookmark.ActivityType, "waits at");
        }

        foreach (var joinId in state.Joins.Keys)
        {
            yield return (joinId, TypeOf(current, joinId), "has a join waiting at");
        }

        if (state.SubStatus == WorkflowSubStatus.Faulted && state.Incidents.LastOrDefault() is { } incident)
        {
            yield return (incident.ActivityId, incident.ActivityType, "would be retried from");
        }

        if (state.StartActivityId is { } start)
        {
            yield return (start, TypeOf(current, start), "started at");
        }
    }

    private static void CheckActivity(CompiledWorkflow target, string activityId, string type, string role, List<WorkflowMigrationProblem> problems)
    {
        if (problems.Any(p => p.ActivityId == activityId))
        {
            return;
        }

        if (!target.IndexById.TryGetValue(activityId, out var index))
        {
            problems.Add(new(activityId, WorkflowMigrationProblemKind.ActivityMissing,
                $"The instance {role} activity '{activityId}', which version {target.Definition.Version} does not have."));
        }
        else if (target.Nodes[index].Node.Type != type)
        {
            problems.Add(new(activityId, WorkflowMigrationProblemKind.ActivityTypeChanged,
                $"The instance {role} activity '{activityId}' ({type}), which is a {target.Nodes[index].Node.Type} in version {target.Definition.Version}."));
        }
    }

    /// <summary>Join progress counts connections by their position in the flowchart, which differs between versions.</summary>
    private static int MapEdge(CompiledWorkflow current, CompiledWorkflow target, string joinId, int edgeIndex, List<WorkflowMigrationProblem> problems)
    {
        var edge = current.Edges[edgeIndex];
        var (sourceId, targetId) = (current.Nodes[edge.Source].Id, current.Nodes[edge.Target].Id);
        var same = target.Edges.FirstOrDefault(e => e.Port == edge.Port
            && target.Nodes[e.Source].Id == sourceId && target.Nodes[e.Target].Id == targetId);
        if (same is null)
        {
            problems.Add(new(joinId, WorkflowMigrationProblemKind.JoinConnectionMissing,
                $"The join '{joinId}' has counted the connection from '{sourceId}' ({edge.Port}), which version {target.Definition.Version} does not have."));
            return -1;
        }

        return same.Index;
    }

    private static WorkflowInstanceState Moved(CompiledWorkflow target, WorkflowInstanceState state, Dictionary<string, JoinProgress> joins)
    {
        var moved = state.Clone(target.Definition);
        moved.Joins.Clear();
        foreach (var (joinId, progress) in joins)
        {
            moved.Joins[joinId] = progress;
        }

        // Variables the new version declares start with their declared value; those it dropped are kept as history.
        foreach (var (name, value) in target.InitialVariables.Where(v => !moved.Variables.ContainsKey(v.Key)))
        {
            moved.Variables[name] = value?.DeepClone();
        }

        return moved;
    }

    private static string TypeOf(CompiledWorkflow workflow, string activityId) =>
        workflow.IndexById.TryGetValue(activityId, out var index) ? workflow.Nodes[index].Node.Type : "";
}
