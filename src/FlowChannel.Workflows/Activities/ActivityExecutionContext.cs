using System.Text.Json.Nodes;
using FlowChannel.Workflows.Effects;
using FlowChannel.Workflows.Model;
using FlowChannel.Workflows.Runtime;

namespace FlowChannel.Workflows.Activities;

/// <summary>
/// What an activity can see and do while it runs: evaluate its inputs, set outputs and variables, ask for effects.
/// Input values are evaluated on demand and returned as copies the activity owns. Authoring errors surface as
/// <see cref="WorkflowFaultException"/> or <see cref="Expressions.ExpressionException"/>, which fault the instance.
/// </summary>
public sealed partial class ActivityExecutionContext
{
    private readonly WorkflowExecution _execution;
    private readonly CompiledNode _node;
    private JsonObject? _outputs;

    internal ActivityExecutionContext(WorkflowExecution execution, CompiledNode node)
    {
        _execution = execution;
        _node = node;
    }

    public ActivityNode Node => _node.Node;

    public string ActivityId => _node.Id;

    public DateTimeOffset Now => _execution.Now;

    public string InstanceId => _execution.State.InstanceId;

    public string? CorrelationId
    {
        get => _execution.State.CorrelationId;
        set => _execution.State.CorrelationId = value;
    }

    /// <summary>
    /// True while the trigger that started the instance runs as its first activity: its event or timer has already
    /// happened, so it completes instead of waiting. False when the same activity is reached again later in the flow.
    /// </summary>
    public bool IsTriggerOfWorkflow { get; internal set; }

    /// <summary>A note for this activity's journal entry.</summary>
    public string? Message { get; private set; }

    public void Log(string message) => Message = message;

    public void SetInstanceName(string? name) => _execution.State.Name = name;

    /// <summary>A copy of a workflow input, or null.</summary>
    public JsonNode? GetWorkflowInput(string name) => _execution.Scope.GetInput(name);

    /// <summary>
    /// A workflow input itself, not a copy: for activities of this assembly that only read it or hand it to something
    /// that copies it anyway (<see cref="SetOutput"/>), so the record is not copied twice per use.
    /// </summary>
    internal JsonNode? PeekWorkflowInput(string name) => _execution.Scope.PeekInput(name);

    /// <summary>A copy of all the workflow's inputs.</summary>
    public JsonObject GetWorkflowInputs() => (JsonObject)_execution.State.Input.DeepClone();

    /// <summary>A copy of the output this activity set when it last ran (say, before it suspended), or null.</summary>
    public JsonNode? GetOwnOutput(string name) =>
        _execution.State.ActivityOutputs.TryGetValue(ActivityId, out var outputs) ? outputs[name]?.DeepClone() : null;

    public void SetOutput(string name, JsonNode? value) => _execution.SetOutput(_node, _outputs ??= [], name, value);

    public void SetVariable(string name, JsonNode? value) => _execution.SetVariable(name, value);

    public void AddEffect(WorkflowEffect effect) => _execution.AddEffect(effect);

    /// <summary>A new id for something this activity creates; time-ordered, which keeps database indexes compact.</summary>
    public Guid NewGuid() => TimeOrderedIds.New(Now);

    /// <summary>Runs <paramref name="script"/> with <c>setOutcome(s)</c> available; the outcomes it set are added to <paramref name="outcomes"/>.</summary>
    public JsonNode? RunScript(string script, List<string> outcomes)
    {
        _execution.Scope.ScriptOutcomes = outcomes;
        try
        {
            return Evaluate(new WorkflowExpression(ExpressionType.JavaScript, Text: script), "script");
        }
        finally
        {
            _execution.Scope.ScriptOutcomes = null;
        }
    }
}
