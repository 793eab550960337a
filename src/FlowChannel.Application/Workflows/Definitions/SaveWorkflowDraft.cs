using System.Text.Json;
using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Workflows.Definitions;

/// <summary>
/// Saves the designer's work: over the newest version while it is an unpublished draft, else as the next version,
/// so a published version never changes. A draft may still have problems; publishing is where they are refused.
/// </summary>
public sealed record SaveWorkflowDraft(Actor Actor, string Json) : ICommand<WorkflowDraft>;

public sealed class SaveWorkflowDraftHandler(FlowChannelDbContext db, AuditTrail audit) : ICommandHandler<SaveWorkflowDraft, WorkflowDraft>
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public async ValueTask<WorkflowDraft> Handle(SaveWorkflowDraft command, CancellationToken cancellationToken)
    {
        WorkflowDefinitionAccess.EnsureDesigner(command.Actor);
        if (JsonNode.Parse(command.Json) is not JsonObject source || source["definitionId"]?.ToString() is not { Length: > 0 } definitionId)
        {
            throw new RecordValidationException([new FieldError("/definitionId", "required", "A workflow definition needs a definitionId.")]);
        }
        var newest = await db.WorkflowDefinitions.Where(d => d.DefinitionId == definitionId)
            .OrderByDescending(d => d.Version).FirstOrDefaultAsync(cancellationToken);
        var name = source["name"]?.ToString() is { Length: > 0 } named ? named : definitionId;
        source["isPublished"] = false;
        if (newest is { IsPublished: false })
        {
            source["version"] = newest.Version;
            source["id"] = newest.Id;
            (newest.Json, newest.Name) = (source.ToJsonString(Indented), name);
            audit.Write(command.Actor, "workflow.save", "WorkflowDefinition", definitionId, $"draft version {newest.Version}");
            return new WorkflowDraft(definitionId, newest.Version, false, newest.Json);
        }
        var version = (newest?.Version ?? 0) + 1;
        source["version"] = version;
        source["id"] = $"{definitionId}-v{version}";
        var stored = new WorkflowDefinitionVersion
        {
            Id = $"{definitionId}-v{version}", DefinitionId = definitionId, Version = version, Name = name, Json = source.ToJsonString(Indented),
        };
        db.WorkflowDefinitions.Add(stored);
        audit.Write(command.Actor, "workflow.save", "WorkflowDefinition", definitionId, $"draft version {version}");
        return new WorkflowDraft(definitionId, version, false, stored.Json);
    }
}
