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
/// Saves the designer's work: over the newest version while it is an unpublished draft, else as the next version,
/// so a published version never changes. A draft may still have problems; publishing is where they are refused.
/// Saved at an address (<see cref="DefinitionId"/>, the REST API's route) the JSON must also read as an Elsa
/// definition of that id: what arrives from outside the designer is checked before it is stored.
/// </summary>
public sealed record SaveWorkflowDraft(Actor Actor, string Json, string? DefinitionId = null) : ICommand<WorkflowDraft>;

public sealed class SaveWorkflowDraftHandler(FlowChannelDbContext db, ActivityRegistry registry, AuditTrail audit)
    : ICommandHandler<SaveWorkflowDraft, WorkflowDraft>
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public async ValueTask<WorkflowDraft> Handle(SaveWorkflowDraft command, CancellationToken cancellationToken)
    {
        WorkflowDefinitionAccess.EnsureDesigner(command.Actor);
        if (command.DefinitionId is { } address)
        {
            CheckAt(command.Json, address);
        }
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

    private void CheckAt(string json, string address)
    {
        var read = ElsaJsonReader.Read(json, registry);
        var errors = read.Errors.Select(e => new FieldError(e.Pointer, "workflow", e.Message)).ToList();
        if (read.Definition is { } definition && definition.DefinitionId != address)
        {
            errors.Add(new FieldError("/definitionId", "mismatch", $"The definition says \"{definition.DefinitionId}\" but is saved at \"{address}\"."));
        }
        if (errors.Count > 0)
        {
            throw new InvalidInputException("The workflow draft is invalid.", errors);
        }
    }
}
