using FlowChannel.Workflows.Model;

namespace FlowChannel.Workflows.Activities.Core;

/// <summary>A case of <c>Elsa.FlowSwitch</c>: its outcome is <see cref="Label"/> when <see cref="Condition"/> is true.</summary>
public sealed record FlowSwitchCase(string Label, WorkflowExpression? Condition);
