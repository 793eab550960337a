using System.Text.Json.Nodes;
using FlowChannel.Expressions;
using FlowChannel.Workflows.Activities;
using FlowChannel.Workflows.Effects;

namespace FlowChannel.Workflows.Runtime;

/// <summary>
/// One step of one instance: runs scheduled activities until none is left, then settles the state as suspended,
/// finished or faulted. Single-threaded and short-lived; it owns <see cref="State"/> (already a copy) for the step.
/// </summary>
internal sealed partial class WorkflowExecution
{
    private readonly Queue<int> _scheduled = new();
    private readonly List<Bookmark> _createdBookmarks = [];
    private readonly List<WorkflowEffect> _effects = [];
    private int _executions;
    private bool _stopped;

    public WorkflowExecution(WorkflowRunner runner, CompiledWorkflow workflow, WorkflowInstanceState state, int start, DateTimeOffset now)
    {
        Runner = runner;
        Workflow = workflow;
        State = state;
        Now = now;
        StartIndex = start;
        View = workflow.ViewFrom(start);
        Scope = new ExecutionScope(this);
    }

    public WorkflowRunner Runner { get; }

    public CompiledWorkflow Workflow { get; }

    public WorkflowInstanceState State { get; }

    public DateTimeOffset Now { get; }

    public int StartIndex { get; }

    public GraphView View { get; }

    public ExecutionScope Scope { get; }

    public void AddEffect(WorkflowEffect effect) => _effects.Add(effect);

    /// <summary>Runs the instance from its start activity; <paramref name="fromTrigger"/> when that activity's trigger fired.</summary>
    public WorkflowRunResult Start(bool fromTrigger)
    {
        ExecuteAnew(Workflow.Nodes[StartIndex], fromTrigger);
        return RunToEnd();
    }

    /// <summary>Continues the activity that created <paramref name="bookmark"/>, then whatever it leads to.</summary>
    public WorkflowRunResult Resume(Bookmark bookmark, JsonObject input)
    {
        State.Bookmarks.RemoveAll(b => b.Id == bookmark.Id);
        if (!Workflow.IndexById.TryGetValue(bookmark.ActivityId, out var index))
        {
            Fault(bookmark.ActivityId, bookmark.ActivityType, $"Activity '{bookmark.ActivityId}' no longer exists in this definition version.");
            return RunToEnd();
        }

        Execute(Workflow.Nodes[index], (activity, context) => activity.OnResumed(context, input));
        return RunToEnd();
    }

    /// <summary>Runs the activity at <paramref name="index"/> anew, then whatever it leads to (a faulted instance's retry).</summary>
    public WorkflowRunResult Retry(int index)
    {
        ExecuteAnew(Workflow.Nodes[index]);
        return RunToEnd();
    }

    private WorkflowRunResult RunToEnd()
    {
        while (!_stopped && _scheduled.TryDequeue(out var next))
        {
            ExecuteAnew(Workflow.Nodes[next]);
        }

        if (!_stopped)
        {
            if (State.Bookmarks.Count > 0)
            {
                State.Status = WorkflowStatus.Running;
                State.SubStatus = WorkflowSubStatus.Suspended;
            }
            else
            {
                Complete();
            }
        }

        var live = _createdBookmarks.Where(b => State.Bookmarks.Contains(b)).ToList();
        return new WorkflowRunResult(State, live, _effects);
    }

    /// <summary>Starts a new execution of <paramref name="node"/>; resuming a bookmark continues the one that made it.</summary>
    private void ExecuteAnew(CompiledNode node, bool fromTrigger = false)
    {
        State.ExecutionCounts[node.Id] = State.ExecutionCounts.GetValueOrDefault(node.Id) + 1;
        Execute(node, fromTrigger
            ? static (activity, context) =>
            {
                context.IsTriggerOfWorkflow = true;
                return activity.Execute(context);
            }
            : static (activity, context) => activity.Execute(context));
    }

    private void Execute(CompiledNode node, Func<WorkflowActivity, ActivityExecutionContext, ActivityResult> run)
    {
        if (++_executions > WorkflowRunner.MaxActivityExecutionsPerRun)
        {
            Fault(node.Id, node.Node.Type, $"More than {WorkflowRunner.MaxActivityExecutionsPerRun} activities ran in one step; the workflow seems to loop forever.");
            return;
        }

        if (node.Activity is null)
        {
            Fault(node.Id, node.Node.Type, $"Activity type '{node.Node.Type}' is not available, so this activity cannot run.");
            return;
        }

        var context = new ActivityExecutionContext(this, node);
        ActivityResult result;
        try
        {
            result = run(node.Activity, context);
        }
        catch (Exception e) when (e is WorkflowFaultException or ExpressionException)
        {
            Fault(node.Id, node.Node.Type, e.Message);
            return;
        }

        Handle(node, context, result);
    }

    private void Handle(CompiledNode node, ActivityExecutionContext context, ActivityResult result)
    {
        switch (result.Kind)
        {
            case ActivityResultKind.Completed:
                Journal(node, ActivityStatus.Completed, result.Outcomes, context.Message);
                if (node.Activity!.Kind == ActivityKind.Terminal)
                {
                    Complete();
                    return;
                }

                Propagate(node, result.Outcomes);
                break;
            case ActivityResultKind.Suspended:
                var bookmark = new Bookmark(NewId(), node.Id, node.Node.Type, node.Node.Name, result.BookmarkPayload ?? [], Now);
                State.Bookmarks.Add(bookmark);
                _createdBookmarks.Add(bookmark);
                Journal(node, ActivityStatus.Running, [], context.Message);
                break;
            case ActivityResultKind.Jumped:
                Jump(node, context, result);
                break;
            default:
                Fault(node.Id, node.Node.Type, result.FaultMessage ?? "The activity faulted.");
                break;
        }
    }

    /// <summary>
    /// Goes back to an earlier activity, as following a loop's back edge does. Whatever lies after it is run again from
    /// there, so waits and join counts on that stretch (a parallel approval still open, say) are dropped first.
    /// </summary>
    private void Jump(CompiledNode node, ActivityExecutionContext context, ActivityResult result)
    {
        if (result.JumpTarget is null || !Workflow.IndexById.TryGetValue(result.JumpTarget, out var target))
        {
            Fault(node.Id, node.Node.Type, $"Cannot go back to activity '{result.JumpTarget}': it is not in this definition version.");
            return;
        }

        Journal(node, ActivityStatus.Completed, result.Outcomes, context.Message);
        var again = Downstream(target);
        var reason = $"Cancelled: '{node.Id}' sent the flow back to '{result.JumpTarget}'.";
        foreach (var bookmark in State.Bookmarks.Where(b => Workflow.IndexById.TryGetValue(b.ActivityId, out var i) && again[i]).ToList())
        {
            State.Bookmarks.Remove(bookmark);
            Journal(Workflow.Nodes[Workflow.IndexById[bookmark.ActivityId]], ActivityStatus.Canceled, [], reason);
        }

        foreach (var joined in Workflow.Nodes.Where(n => again[n.Index]))
        {
            State.Joins.Remove(joined.Id);
        }

        _scheduled.Enqueue(target);
    }

    /// <summary>The activity and everything its connections lead to, not going round a loop.</summary>
    private bool[] Downstream(int start)
    {
        var seen = new bool[Workflow.Nodes.Length];
        var pending = new Stack<int>([start]);
        seen[start] = true;
        while (pending.TryPop(out var index))
        {
            foreach (var edge in Workflow.Nodes[index].Outbound)
            {
                var next = Workflow.Edges[edge].Target;
                if (!View.IsBackEdge[edge] && !seen[next])
                {
                    seen[next] = true;
                    pending.Push(next);
                }
            }
        }

        return seen;
    }

    /// <summary>Finishes the instance at once, as a terminal activity or an empty schedule does; open bookmarks go.</summary>
    private void Complete()
    {
        State.Status = WorkflowStatus.Finished;
        State.SubStatus = WorkflowSubStatus.Finished;
        Stop();
    }

    private void Fault(string activityId, string activityType, string message)
    {
        State.Incidents.Add(new WorkflowIncident(activityId, activityType, message, Now));
        var name = Workflow.IndexById.TryGetValue(activityId, out var index) ? Workflow.Nodes[index].Node.Name : null;
        AddJournal(new JournalEntry(activityId, activityType, name, ActivityStatus.Faulted, [], Now, message));
        State.Status = WorkflowStatus.Finished;
        State.SubStatus = WorkflowSubStatus.Faulted;
        Stop();
    }

    private void Stop()
    {
        _stopped = true;
        _scheduled.Clear();
        State.Bookmarks.Clear();
        State.Joins.Clear();
    }

    private void Journal(CompiledNode node, ActivityStatus status, IReadOnlyList<string> outcomes, string? message) =>
        AddJournal(new JournalEntry(node.Id, node.Node.Type, node.Node.Name, status, outcomes, Now, message));

    private void AddJournal(JournalEntry entry)
    {
        // A long-running loop must not grow the persisted state without end; the recent history is what people read.
        if (State.Journal.Count >= WorkflowRunner.MaxJournalEntries)
        {
            State.Journal.RemoveRange(0, State.Journal.Count - WorkflowRunner.MaxJournalEntries + 1);
        }

        State.Journal.Add(entry);
    }

    private string NewId() => TimeOrderedIds.New(Now).ToString("N");
}
