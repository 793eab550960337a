namespace FlowChannel.Persistence.Entities;

/// <summary>
/// Index of what starts a published workflow version (e.g. submission of a form), so a submission finds
/// its workflows with one indexed lookup instead of parsing every definition.
/// </summary>
public sealed class WorkflowTrigger : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string DefinitionVersionId { get; set; }
    public required string DefinitionId { get; set; }
    public required string Kind { get; set; }
    public required string Key { get; set; }
    public required string ActivityId { get; set; }

    /// <summary>For timer triggers (Timer, Cron, StartAt): when the next instance starts (UTC); null once none is left.</summary>
    public DateTime? NextFireAt { get; set; }

    /// <summary>Concurrency token: of several nodes firing the same timer trigger, one wins.</summary>
    public int Version { get; set; }
}

public static class TriggerKinds
{
    public const string FormSubmitted = "FormSubmitted";
    public const string Timer = "Timer";
    public const string Event = "Event";
    public const string RecordChanged = "RecordChanged";
}
