using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using FlowChannel.Workflows.Model;

namespace FlowChannel.Workflows.Runtime;

/// <summary>
/// Everything needed to continue an instance later, serialisable with <see cref="ToJson"/>. Variables are keyed by
/// variable name. The runtime never changes a state it was given: each step returns a new one.
/// </summary>
public sealed class WorkflowInstanceState
{
    public string InstanceId { get; init; } = string.Empty;

    public string DefinitionId { get; init; } = string.Empty;

    /// <summary>The id of the definition version the instance runs on.</summary>
    public string DefinitionVersionId { get; init; } = string.Empty;

    public int DefinitionVersion { get; init; }

    public string? CorrelationId { get; set; }

    /// <summary>Set by <c>Elsa.SetName</c>.</summary>
    public string? Name { get; set; }

    public WorkflowStatus Status { get; set; }

    public WorkflowSubStatus SubStatus { get; set; }

    /// <summary>The start's input; nothing changes it afterwards (scripts and activities read it or take copies).</summary>
    public JsonObject Input { get; init; } = [];

    public JsonObject Variables { get; init; } = [];

    public List<Bookmark> Bookmarks { get; init; } = [];

    /// <summary>The most recent steps (at most <see cref="WorkflowRunner.MaxJournalEntries"/>).</summary>
    public List<JournalEntry> Journal { get; init; } = [];

    public List<WorkflowIncident> Incidents { get; init; } = [];

    /// <summary>The activity the instance started from; loops and joins are analysed from it.</summary>
    [JsonInclude]
    internal string? StartActivityId { get; set; }

    /// <summary>Joins waiting for more inbound connections, by activity id.</summary>
    [JsonInclude]
    internal Dictionary<string, JoinProgress> Joins { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Outputs of completed activities, by activity id, for <c>getOutputFrom</c>. Replaced, never mutated.</summary>
    [JsonInclude]
    internal Dictionary<string, JsonObject> ActivityOutputs { get; init; } = new(StringComparer.Ordinal);

    /// <summary>
    /// How many times each activity has started, by activity id. A retried step starts from the same saved count, so
    /// ids derived from it (idempotency keys, child instance ids) come out the same; a loop's next pass gets new ones.
    /// </summary>
    [JsonInclude]
    internal Dictionary<string, int> ExecutionCounts { get; init; } = new(StringComparer.Ordinal);

    /// <summary>The last <c>result</c> output, for <c>getLastResult()</c>. Replaced, never mutated.</summary>
    [JsonInclude]
    internal JsonNode? LastResult { get; set; }

    public static WorkflowInstanceState FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize(json, WorkflowStateJson.Default.WorkflowInstanceState)
            ?? throw new JsonException("The workflow instance state is empty.");
    }

    public string ToJson() => JsonSerializer.Serialize(this, WorkflowStateJson.Default.WorkflowInstanceState);

    /// <summary>
    /// A copy that a step may change freely. Records, the input and the replaced-never-mutated parts are shared;
    /// everything the runtime mutates in place (variables, lists, join progress) is copied. A migration passes the
    /// version it moves to. Sharing the input matters: it holds the submitted record, the largest part of most states.
    /// </summary>
    internal WorkflowInstanceState Clone(WorkflowDefinition? onto = null) => new()
    {
        InstanceId = InstanceId,
        DefinitionId = DefinitionId,
        DefinitionVersionId = onto?.Id ?? DefinitionVersionId,
        DefinitionVersion = onto?.Version ?? DefinitionVersion,
        CorrelationId = CorrelationId,
        Name = Name,
        Status = Status,
        SubStatus = SubStatus,
        Input = Input,
        Variables = (JsonObject)Variables.DeepClone(),
        Bookmarks = [.. Bookmarks],
        Journal = [.. Journal],
        Incidents = [.. Incidents],
        StartActivityId = StartActivityId,
        Joins = Joins.ToDictionary(p => p.Key, p => p.Value.Clone(), StringComparer.Ordinal),
        ActivityOutputs = new(ActivityOutputs, StringComparer.Ordinal),
        ExecutionCounts = new(ExecutionCounts, StringComparer.Ordinal),
        LastResult = LastResult,
    };
}
