namespace FlowChannel.Application.Automations.Rules;

/// <summary>
/// One parsed automation rule (automations/automation.schema.json): when <see cref="Trigger"/> happens to a record of the
/// form and <see cref="Condition"/> (a formula over the record) holds, the <see cref="Actions"/> run in order.
/// </summary>
public sealed record AutomationRule(string Key, string Name, bool Enabled, AutomationTrigger Trigger, string? Condition,
    IReadOnlyList<AutomationAction> Actions);

/// <summary>The trigger kinds (the rule's <c>trigger.on</c>).</summary>
public static class AutomationTriggers
{
    public const string RecordAdded = "recordAdded";
    public const string RecordUpdated = "recordUpdated";
    public const string RecordDeleted = "recordDeleted";
    public const string FlowFinished = "flowFinished";
    public const string FlowMovedOn = "flowMovedOn";
    public const string Schedule = "schedule";

    public static readonly IReadOnlyList<string> All = [RecordAdded, RecordUpdated, RecordDeleted, FlowFinished, FlowMovedOn, Schedule];

    /// <summary>The trigger a record event of the webhooks' vocabulary is (they are raised at the same places).</summary>
    public static string ForWebhookEvent(string eventName) => eventName switch
    {
        Webhooks.WebhookEvents.RecordCreated => RecordAdded,
        Webhooks.WebhookEvents.RecordUpdated => RecordUpdated,
        Webhooks.WebhookEvents.RecordDeleted => RecordDeleted,
        Webhooks.WebhookEvents.WorkflowFinished => FlowFinished,
        _ => throw new ArgumentOutOfRangeException(nameof(eventName), eventName, "Not a record event."),
    };
}

/// <summary>
/// What starts a rule (<c>On</c>). <c>Fields</c>: for recordUpdated, fire only when one of these changed (empty: any change).
/// <c>Cron</c>: for a schedule, a five-field cron expression in UTC. <c>DateField</c>: for a schedule, a date field of the
/// record; each record fires once at that date plus <c>OffsetDays</c> (negative: before).
/// </summary>
public sealed record AutomationTrigger(string On, IReadOnlyList<string> Fields, string? Cron, string? DateField, int OffsetDays);

/// <summary>The action kinds (an action's <c>type</c>).</summary>
public static class AutomationActionKinds
{
    public const string AddRecord = "addRecord";
    public const string UpdateRecords = "updateRecords";
    public const string UpsertRecord = "upsertRecord";
    public const string DeleteRecords = "deleteRecords";
    public const string StartWorkflow = "startWorkflow";
    public const string Notify = "notify";

    public static readonly IReadOnlyList<string> All = [AddRecord, UpdateRecords, UpsertRecord, DeleteRecords, StartWorkflow, Notify];
}

/// <summary>
/// One action; which members matter depends on <c>Type</c>. <c>Place</c>: where it is in the rule (<c>/actions/0</c>), for
/// errors. <c>Form</c>: the target form of a record action. <c>Fields</c>: target field → formula over the triggering record
/// (and <c>row.x</c>, the target's current value). <c>Where</c>: update/delete, target field → formula; the records whose
/// fields equal the values are changed. <c>Keys</c>: upsert, the mapped fields that find the record to update, else one is
/// added. <c>Workflow</c>: the definition to start, with the record as input. <c>Recipients</c>: notify, user names or ids,
/// <c>role:name</c>, or <c>field:key</c> (a member field). <c>Subject</c>, <c>Body</c>: Scriban templates over <c>record</c>.
/// </summary>
public sealed record AutomationAction(string Place, string Type, string? Form, IReadOnlyDictionary<string, string> Fields,
    IReadOnlyDictionary<string, string> Where, IReadOnlyList<string> Keys, string? Workflow, IReadOnlyList<string> Recipients,
    string? Subject, string? Body);
