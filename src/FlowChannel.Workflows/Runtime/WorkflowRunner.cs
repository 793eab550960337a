using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using FlowChannel.Expressions;
using FlowChannel.Expressions.JavaScript;
using FlowChannel.Expressions.Liquid;
using FlowChannel.Workflows.Activities;
using FlowChannel.Workflows.Model;
using FlowChannel.Workflows.Runtime.Migration;

namespace FlowChannel.Workflows.Runtime;

/// <summary>
/// Runs Elsa 3 flowcharts in memory, one step at a time: <see cref="Start"/> and <see cref="Resume"/> each run until
/// the instance waits on bookmarks, finishes or faults, and return the new state plus the effects to apply.
/// Thread-safe and meant to be a singleton. Errors in the workflow as authored fault the instance (an incident)
/// instead of throwing.
/// </summary>
public sealed class WorkflowRunner
{
    /// <summary>Activities one step may run before the instance is faulted as an endless loop.</summary>
    public const int MaxActivityExecutionsPerRun = 10_000;

    /// <summary>Journal entries kept per instance; older ones are dropped.</summary>
    public const int MaxJournalEntries = 1_000;

    // Keyed by the definition object: compiled graphs and prepared scripts die with the definition that owns them.
    private readonly ConditionalWeakTable<WorkflowDefinition, CompiledWorkflow> _compiled = new();
    private readonly ActivityRegistry _registry;

    public WorkflowRunner(ActivityRegistry registry, ExpressionLimits limits)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(limits);
        _registry = registry;
        JavaScript = new JavaScriptEvaluator(limits);
        Liquid = new LiquidRenderer(limits);
    }

    internal JavaScriptEvaluator JavaScript { get; }

    internal LiquidRenderer Liquid { get; }

    /// <summary>Prepares the script engines (seconds for the first in a process); call once in the background at startup.</summary>
    public void WarmUp()
    {
        JavaScript.WarmUp();
        Liquid.Render("{{ x }}", new Dictionary<string, JsonNode?>());
    }

    public WorkflowRunResult Start(WorkflowDefinition definition, StartWorkflowRequest request)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(request);
        var workflow = Compile(definition);
        var state = NewState(workflow, request);
        if (workflow.InitialVariablesError is { } error)
        {
            // Reported at import too; an instance of a definition built in code still faults instead of throwing.
            state.Status = WorkflowStatus.Finished;
            state.SubStatus = WorkflowSubStatus.Faulted;
            state.Incidents.Add(new WorkflowIncident(definition.Root.Id, definition.Root.Type, error, request.Now));
            return new WorkflowRunResult(state, [], []);
        }

        var start = StartActivitySelector.Select(workflow, request.TriggerActivityId);
        if (start is not { } startIndex)
        {
            state.Status = WorkflowStatus.Finished;
            state.SubStatus = WorkflowSubStatus.Finished;
            return new WorkflowRunResult(state, [], []);
        }

        state.StartActivityId = workflow.Nodes[startIndex].Id;
        return new WorkflowExecution(this, workflow, state, startIndex, request.Now).Start(fromTrigger: request.TriggerActivityId is not null);
    }

    /// <summary>
    /// Resumes <paramref name="bookmarkId"/> with <paramref name="resumeInput"/>. <paramref name="state"/> is not
    /// changed: the step works on a copy, so a caller whose save fails still holds the state it loaded.
    /// </summary>
    /// <exception cref="BookmarkNotFoundException">The state has no such open bookmark.</exception>
    public WorkflowRunResult Resume(WorkflowDefinition definition, WorkflowInstanceState state, string bookmarkId, JsonObject resumeInput, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(resumeInput);
        var bookmark = state.Bookmarks.Find(b => b.Id == bookmarkId)
            ?? throw new BookmarkNotFoundException(state.InstanceId, bookmarkId);
        var workflow = Compile(definition);
        var copy = state.Clone();
        copy.SubStatus = WorkflowSubStatus.Executing;
        var start = copy.StartActivityId is { } startId && workflow.IndexById.TryGetValue(startId, out var index) ? index : 0;
        return new WorkflowExecution(this, workflow, copy, start, now).Resume(bookmark, (JsonObject)resumeInput.DeepClone());
    }

    /// <summary>
    /// Runs a faulted instance again from <paramref name="activityId"/> (by default the activity of its last incident),
    /// with the variables it had: for a fault whose cause was fixed meanwhile (a form published, a service back). The
    /// incidents stay in the state as history. <paramref name="state"/> is not changed.
    /// </summary>
    /// <exception cref="InvalidOperationException">The instance is not faulted, or the activity is not in this version.</exception>
    public WorkflowRunResult Retry(WorkflowDefinition definition, WorkflowInstanceState state, string? activityId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(state);
        if (state.SubStatus != WorkflowSubStatus.Faulted)
        {
            throw new InvalidOperationException($"Only a faulted instance can be retried; this one is {state.SubStatus}.");
        }

        var workflow = Compile(definition);
        activityId ??= state.Incidents.LastOrDefault()?.ActivityId;
        if (activityId is null || !workflow.IndexById.TryGetValue(activityId, out var index))
        {
            throw new InvalidOperationException($"Activity '{activityId}' is not in version {definition.Version} of this workflow, so it cannot be retried from there.");
        }

        var copy = state.Clone();
        copy.Status = WorkflowStatus.Running;
        copy.SubStatus = WorkflowSubStatus.Executing;
        var start = copy.StartActivityId is { } startId && workflow.IndexById.TryGetValue(startId, out var first) ? first : 0;
        return new WorkflowExecution(this, workflow, copy, start, now).Retry(index);
    }

    /// <summary>
    /// The state of an instance moved from <paramref name="current"/> to <paramref name="target"/> (another version of
    /// the same definition), or the activities it sits at that <paramref name="target"/> lacks. Changes nothing given.
    /// </summary>
    public WorkflowMigrationResult Migrate(WorkflowDefinition current, WorkflowDefinition target, WorkflowInstanceState state)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(state);
        return InstanceMigration.Migrate(Compile(current), Compile(target), state);
    }

    /// <summary>
    /// Whether the trigger <paramref name="triggerActivityId"/> accepts starting with the request's input (say, a
    /// record-change trigger whose condition is false does not), tested without making an instance. A test that fails
    /// (a script error) counts as accepted: the instance then starts and faults where its author sees the error.
    /// </summary>
    public bool AcceptsStart(WorkflowDefinition definition, string triggerActivityId, StartWorkflowRequest request)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(request);
        var workflow = Compile(definition);
        if (!workflow.IndexById.TryGetValue(triggerActivityId, out var index) || workflow.Nodes[index].Activity is not { } activity)
        {
            return true;
        }

        var execution = new WorkflowExecution(this, workflow, NewState(workflow, request), index, request.Now);
        try
        {
            return activity.AcceptsStart(new ActivityExecutionContext(execution, workflow.Nodes[index]) { IsTriggerOfWorkflow = true });
        }
        catch (Exception e) when (e is WorkflowFaultException or ExpressionException)
        {
            return true;
        }
    }

    private static WorkflowInstanceState NewState(CompiledWorkflow workflow, StartWorkflowRequest request) => new()
    {
        InstanceId = request.InstanceId,
        DefinitionId = workflow.Definition.DefinitionId,
        DefinitionVersionId = workflow.Definition.Id,
        DefinitionVersion = workflow.Definition.Version,
        CorrelationId = request.CorrelationId,
        Status = WorkflowStatus.Running,
        SubStatus = WorkflowSubStatus.Executing,
        Input = (JsonObject)request.Input.DeepClone(),
        Variables = (JsonObject)workflow.InitialVariables.DeepClone(),
    };

    private CompiledWorkflow Compile(WorkflowDefinition definition) =>
        _compiled.GetValue(definition, d => CompiledWorkflow.Build(d, _registry));
}
