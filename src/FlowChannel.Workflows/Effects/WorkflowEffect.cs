namespace FlowChannel.Workflows.Effects;

/// <summary>
/// A side effect a run asks for. The runtime never performs effects: the caller applies them in the same transaction
/// that saves the instance, so state and effects are committed together or not at all.
/// </summary>
public abstract record WorkflowEffect(string ActivityId);
