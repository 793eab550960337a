using System.Text.Json.Nodes;

namespace FlowChannel.Workflows.Effects;

/// <summary>
/// Start an instance of the latest published version of <see cref="DefinitionId"/> with the id
/// <see cref="ChildInstanceId"/>, which is derived from the parent's step: starting it again after a retry must be a
/// no-op. When <see cref="WaitForCompletion"/> is set, resume the parent's bookmark once the child finishes.
/// </summary>
public sealed record StartChildWorkflowEffect(
    string ActivityId,
    string ChildInstanceId,
    string DefinitionId,
    string? CorrelationId,
    JsonObject Input,
    bool WaitForCompletion) : WorkflowEffect(ActivityId);
