namespace FlowChannel.Persistence.Entities;

/// <summary>
/// One automation rule (智能助手) of a form: its definition is JSON (automations/automation.schema.json), the trigger
/// kind is copied out so the dispatcher and the schedule sweep find the rules they serve without parsing every one.
/// </summary>
public sealed class Automation : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string FormId { get; set; }

    /// <summary>Unique within the form; a pack finds its rules again by it on upgrade.</summary>
    public required string Key { get; set; }
    public required string Name { get; set; }

    /// <summary>The trigger's <c>on</c> (recordAdded, recordUpdated, recordDeleted, flowFinished, flowMovedOn, schedule).</summary>
    public required string TriggerKind { get; set; }
    public required string DefinitionJson { get; set; }
    public bool IsActive { get; set; } = true;

    /// <summary>The pack that installed it, if any.</summary>
    public string? PackId { get; set; }

    /// <summary>Changed by someone after the pack installed it: a pack upgrade then leaves it alone.</summary>
    public bool IsCustomised { get; set; }

    /// <summary>A cron rule's last occurrence already fired (the next one is computed from it).</summary>
    public DateTime? LastScheduledAt { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
    public int Version { get; set; }
}

/// <summary>One run of an automation for one record (or one schedule tick): what it did, or why it failed and where.</summary>
public sealed class AutomationRun
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid AutomationId { get; set; }
    public required string FormId { get; set; }
    public Guid? RecordId { get; set; }

    /// <summary>The event that caused it (recordAdded, …, schedule).</summary>
    public required string Trigger { get; set; }

    /// <summary><see cref="AutomationOutcomes"/>.</summary>
    public required string Outcome { get; set; }

    /// <summary>What the actions did, one line per action.</summary>
    public string? Summary { get; set; }

    /// <summary>Why it failed, starting with the place in the rule (<c>/actions/0/fields/amount</c>).</summary>
    public string? Error { get; set; }
    public int Depth { get; set; }
    public DateTime At { get; set; } = DateTime.UtcNow;
}

/// <summary>The outcomes of an <see cref="AutomationRun"/>.</summary>
public static class AutomationOutcomes
{
    public const string Succeeded = "succeeded";

    /// <summary>The condition did not hold: nothing was done.</summary>
    public const string Skipped = "skipped";
    public const string Failed = "failed";

    /// <summary>Not run: the chain of automations triggering each other was too deep.</summary>
    public const string Stopped = "stopped";
}

/// <summary>
/// A schedule occurrence already fired: a date-field rule's (rule, record, due date) or a cron rule's tick. Its unique
/// index makes two sweeps (or two nodes) fire it once.
/// </summary>
public sealed class AutomationScheduleFire
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid AutomationId { get; set; }

    /// <summary>The record for a date-field rule; <see cref="Guid.Empty"/> for a cron tick.</summary>
    public Guid RecordId { get; set; }
    public DateTime DueAt { get; set; }
    public DateTime FiredAt { get; set; } = DateTime.UtcNow;
}
