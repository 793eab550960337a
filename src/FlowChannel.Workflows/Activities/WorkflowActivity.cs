using System.Text.Json.Nodes;

namespace FlowChannel.Workflows.Activities;

/// <summary>
/// An activity type: its name, declared inputs, outputs and outcomes, and what it does. Instances are stateless and
/// shared by every run; per-run data lives in the <see cref="ActivityExecutionContext"/>.
/// </summary>
public abstract class WorkflowActivity
{
    protected static IReadOnlyList<string> DoneOutcome { get; } = [ActivityResult.DoneOutcome];

    /// <summary>The Elsa type name, e.g. <c>Elsa.FlowDecision</c>.</summary>
    public abstract string TypeName { get; }

    public virtual ActivityKind Kind => ActivityKind.Action;

    /// <summary>The group tools list the activity under (e.g. <c>Channel</c>); null for the general ones.</summary>
    public virtual string? Category => null;

    /// <summary>One sentence a flow designer shows beside the activity; null when the name says enough.</summary>
    public virtual string? Description => null;

    /// <summary>Inputs written as <c>{ typeName, expression }</c> objects.</summary>
    public virtual IReadOnlyList<ActivityInputDescriptor> Inputs => [];

    /// <summary>Outputs that can be assigned to a variable through <c>memoryReference</c>.</summary>
    public virtual IReadOnlyList<string> Outputs => [];

    /// <summary>The outcomes (ports) this activity can complete with, for tools; dynamic ones are not listed.</summary>
    public virtual IReadOnlyList<string> Outcomes => DoneOutcome;

    /// <summary>Parses plain-JSON properties (not <c>Input</c> objects) at import, reporting problems by pointer.</summary>
    public virtual void Read(ActivityReadContext context)
    {
    }

    public abstract ActivityResult Execute(ActivityExecutionContext context);

    /// <summary>
    /// For triggers: whether what happened (the workflow input) should start an instance at all, tested before one is
    /// made (see <see cref="Runtime.WorkflowRunner.AcceptsStart"/>). Starts by default.
    /// </summary>
    public virtual bool AcceptsStart(ActivityExecutionContext context) => true;

    /// <summary>Continues after a bookmark this activity created is resumed.</summary>
    public virtual ActivityResult OnResumed(ActivityExecutionContext context, JsonObject input) =>
        ActivityResult.Fault($"{TypeName} does not wait, so it cannot be resumed.");
}
