using FlowChannel.Workflows.Activities.Core;

namespace FlowChannel.Workflows.Runtime;

/// <summary>
/// Following connections: taken ports schedule their targets, untaken ones propagate a skip; joins count both.
/// Skips never travel back along a loop, which is what keeps their propagation finite.
/// </summary>
internal sealed partial class WorkflowExecution
{
    private const int MaxSkipsPerRun = 100_000;

    private readonly Stack<int> _skipped = new();
    private int _skips;

    private void Propagate(CompiledNode node, IReadOnlyList<string> outcomes)
    {
        foreach (var edge in node.Outbound)
        {
            Arrive(edge, Contains(outcomes, Workflow.Edges[edge].Port));
        }

        while (_skipped.TryPop(out var skipped))
        {
            // Back edges already stop skips from circling a loop; the cap is a second line of defence.
            if (++_skips > MaxSkipsPerRun)
            {
                _skipped.Clear();
                Fault(node.Id, node.Node.Type, $"More than {MaxSkipsPerRun} activities were skipped in one step; the flowchart's branches seem to circle.");
                return;
            }

            foreach (var edge in Workflow.Nodes[skipped].Outbound)
            {
                Arrive(edge, followed: false);
            }
        }
    }

    private void Arrive(int edgeIndex, bool followed)
    {
        var edge = Workflow.Edges[edgeIndex];
        var target = Workflow.Nodes[edge.Target];
        if (View.IsBackEdge[edgeIndex])
        {
            if (followed)
            {
                // Going round a loop starts the target afresh, whatever a join there had counted.
                State.Joins.Remove(target.Id);
                _scheduled.Enqueue(target.Index);
            }

            return;
        }

        var required = View.ActiveInbound[target.Index];
        if (target.JoinMode is null && required <= 1)
        {
            Resolve(target, followed);
            return;
        }

        if (!State.Joins.TryGetValue(target.Id, out var progress))
        {
            progress = new JoinProgress();
            State.Joins[target.Id] = progress;
        }

        progress.Record(edgeIndex, followed);
        switch (target.JoinMode ?? FlowJoinMode.WaitAllActive)
        {
            case FlowJoinMode.WaitAny when followed:
                State.Joins.Remove(target.Id);
                CancelAncestors(target);
                _scheduled.Enqueue(target.Index);
                break;
            case FlowJoinMode.WaitAny when progress.Resolved >= required:
                State.Joins.Remove(target.Id);
                Resolve(target, run: false);
                break;
            case FlowJoinMode.WaitAll when progress.Resolved >= required:
                State.Joins.Remove(target.Id);
                Resolve(target, progress.Skipped.Count == 0);
                break;
            case FlowJoinMode.WaitAllActive when progress.Resolved >= required:
                State.Joins.Remove(target.Id);
                Resolve(target, progress.Followed.Count > 0);
                break;
        }
    }

    private void Resolve(CompiledNode target, bool run)
    {
        if (run)
        {
            _scheduled.Enqueue(target.Index);
        }
        else
        {
            _skipped.Push(target.Index);
        }
    }

    /// <summary>A WaitAny join that fires cancels the other branches leading to it: queued work and open bookmarks.</summary>
    private void CancelAncestors(CompiledNode join)
    {
        var ancestors = View.AncestorsOf(join.Index);
        var reason = $"Cancelled: join '{join.Id}' continued on another branch.";
        if (_scheduled.Any(i => ancestors[i]))
        {
            var scheduled = _scheduled.ToList();
            _scheduled.Clear();
            foreach (var index in scheduled)
            {
                if (ancestors[index])
                {
                    Journal(Workflow.Nodes[index], ActivityStatus.Canceled, [], reason);
                }
                else
                {
                    _scheduled.Enqueue(index);
                }
            }
        }

        foreach (var bookmark in State.Bookmarks.ToList())
        {
            if (Workflow.IndexById.TryGetValue(bookmark.ActivityId, out var index) && ancestors[index])
            {
                State.Bookmarks.Remove(bookmark);
                Journal(Workflow.Nodes[index], ActivityStatus.Canceled, [], reason);
            }
        }

        foreach (var node in Workflow.Nodes.Where(n => ancestors[n.Index]))
        {
            State.Joins.Remove(node.Id);
        }
    }

    private static bool Contains(IReadOnlyList<string> outcomes, string port)
    {
        foreach (var outcome in outcomes)
        {
            if (string.Equals(outcome, port, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
