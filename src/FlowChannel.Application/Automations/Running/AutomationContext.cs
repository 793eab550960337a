namespace FlowChannel.Application.Automations.Running;

/// <summary>
/// How deep in a chain of automations the current unit of work is: 0 for a person's (or a workflow's) change, n while
/// the n-th automation of a chain runs. Its writes queue runs one deeper, and none past <see cref="MaxDepth"/>, so rules
/// that write each other's forms (or their own) stop. Scoped.
/// </summary>
public sealed class AutomationContext
{
    public const int MaxDepth = 5;

    public int Depth { get; set; }
}
