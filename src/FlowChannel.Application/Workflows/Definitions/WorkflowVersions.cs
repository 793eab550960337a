using System.Text.Json;
using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Forms.Validation;
using FlowChannel.Workflows.Activities;
using FlowChannel.Persistence.Entities;
using FlowChannel.Workflows.Serialization;

namespace FlowChannel.Application.Workflows.Definitions;

internal static class WorkflowVersions
{
    /// <summary>What stands in the way of publishing: activity types this server does not have.</summary>
    public static IReadOnlyList<string> Blockers(WorkflowReadResult read) =>
        [.. (read.Definition?.MissingActivityTypes ?? []).Select(t => $"Activity type '{t}' is not available here; the workflow cannot be published until it is.")];

    public static WorkflowVersionSummary Summary(WorkflowDefinitionVersion stored, WorkflowReadResult read, IReadOnlyList<string>? warnings = null) =>
        new(stored.DefinitionId, stored.Id, stored.Version, stored.Name, stored.IsPublished, stored.IsLatest,
            warnings ?? [.. read.Warnings.Select(w => w.ToString())], Blockers(read));

    /// <summary>Marks <paramref name="stored"/> published and makes it the version triggers start; refused with every blocker named.</summary>
    public static async Task<WorkflowVersionSummary> PublishAsync(WorkflowDefinitionVersion stored, ActivityRegistry registry,
        WorkflowPublisher publisher, CancellationToken ct)
    {
        var source = JsonNode.Parse(stored.Json)!.AsObject();
        source["isPublished"] = true;
        var json = source.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        var read = ElsaJsonReader.Read(json, registry);
        var blockers = Blockers(read);
        if (!read.IsValid || blockers.Count > 0)
        {
            throw new RecordValidationException([
                .. read.Errors.Select(e => new FieldError(e.Pointer, "workflow", e.Message)),
                .. blockers.Select(b => new FieldError(string.Empty, "unavailableActivity", b)),
                .. read.Warnings.Select(w => new FieldError(w.Pointer, "unsupported", w.Message)),
            ]);
        }

        stored.Json = json;
        await publisher.PublishStoredAsync(stored, read.Definition!, ct);
        return Summary(stored, read);
    }
}
