using System.Text.Json;
using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Workflows.Activities;
using FlowChannel.Workflows.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Workflows.Definitions;

/// <summary>
/// Imports an Elsa 3 workflow definition as a new draft version (publishing it at once when asked and possible).
/// Problems are reported by JSON pointer and change nothing. Importing the same JSON again changes nothing either;
/// a changed definition under a version number already taken becomes the next version.
/// </summary>
public sealed record ImportWorkflowDefinition(Actor Actor, string Json, bool Publish) : ICommand<WorkflowVersionSummary>;

public sealed record WorkflowVersionSummary(
    string DefinitionId, string VersionId, int Version, string Name, bool IsPublished, bool IsLatest,
    IReadOnlyList<string> Warnings, IReadOnlyList<string> PublishBlockers);

public sealed class ImportWorkflowDefinitionHandler(FlowChannelDbContext db, ActivityRegistry registry, WorkflowPublisher publisher, AuditTrail audit)
    : ICommandHandler<ImportWorkflowDefinition, WorkflowVersionSummary>
{
    public async ValueTask<WorkflowVersionSummary> Handle(ImportWorkflowDefinition command, CancellationToken cancellationToken)
    {
        WorkflowDefinitionAccess.EnsureDesigner(command.Actor);
        var read = Read(command.Json);
        var definition = read.Definition!;
        var existing = await db.WorkflowDefinitions.Where(d => d.DefinitionId == definition.DefinitionId).ToListAsync(cancellationToken);
        var json = command.Json;
        var sameNumber = existing.FirstOrDefault(d => d.Version == definition.Version || d.Id == definition.Id);
        if (sameNumber is not null && JsonNode.DeepEquals(Draft(JsonNode.Parse(sameNumber.Json)!), Draft(JsonNode.Parse(json)!)))
        {
            return await PublishIfAskedAsync(command, sameNumber, cancellationToken);
        }

        if (sameNumber is not null)
        {
            // A changed definition under a taken number: the next version, so no instance's version ever changes.
            var version = existing.Max(d => d.Version) + 1;
            var source = JsonNode.Parse(json)!.AsObject();
            source["version"] = version;
            source["id"] = $"{definition.DefinitionId}-v{version}";
            json = source.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
            read = Read(json);
            definition = read.Definition!;
        }

        var stored = new WorkflowDefinitionVersion
        {
            Id = definition.Id,
            DefinitionId = definition.DefinitionId,
            Version = definition.Version,
            Name = definition.Name,
            Json = Draft(JsonNode.Parse(json)!).ToJsonString(new JsonSerializerOptions { WriteIndented = true }),
            IsPublished = false,
            IsLatest = false,
        };
        db.WorkflowDefinitions.Add(stored);
        audit.Write(command.Actor, "workflow.import", "WorkflowDefinition", definition.DefinitionId, $"version {definition.Version}");
        return await PublishIfAskedAsync(command, stored, cancellationToken, read.Warnings.Select(w => w.ToString()).ToList());
    }

    private async Task<WorkflowVersionSummary> PublishIfAskedAsync(ImportWorkflowDefinition command, WorkflowDefinitionVersion stored,
        CancellationToken ct, IReadOnlyList<string>? warnings = null)
    {
        if (command.Publish && !stored.IsPublished)
        {
            audit.Write(command.Actor, "workflow.publish", "WorkflowDefinition", stored.DefinitionId, $"version {stored.Version}");
            return await WorkflowVersions.PublishAsync(stored, registry, publisher, ct);
        }

        var read = ElsaJsonReader.Read(stored.Json, registry);
        return WorkflowVersions.Summary(stored, read, warnings);
    }

    private WorkflowReadResult Read(string json)
    {
        var read = ElsaJsonReader.Read(json, registry);
        if (!read.IsValid)
        {
            throw new RecordValidationException([.. read.Errors.Select(e => new FieldError(e.Pointer, "workflow", e.Message))]);
        }

        return read;
    }

    // The stored draft says it is a draft: publishing is a separate, checked step.
    private static JsonNode Draft(JsonNode source)
    {
        source["isPublished"] = false;
        return source;
    }
}
