using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using FlowChannel.Workflows.Activities;
using FlowChannel.Workflows.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Workflows.Definitions;

/// <summary>
/// A version as Elsa-format JSON (the newest when <see cref="Version"/> is null), written from the parsed definition:
/// designer positions, unknown activities and their connections come back as they were imported.
/// </summary>
/// <remarks>A command although it changes nothing: exports are audited, and the entry needs a unit of work to commit in.</remarks>
public sealed record ExportWorkflowDefinition(Actor Actor, string DefinitionId, int? Version) : ICommand<string>;

public sealed class ExportWorkflowDefinitionHandler(FlowChannelDbContext db, ActivityRegistry registry, AuditTrail audit)
    : ICommandHandler<ExportWorkflowDefinition, string>
{
    public async ValueTask<string> Handle(ExportWorkflowDefinition command, CancellationToken cancellationToken)
    {
        WorkflowDefinitionAccess.EnsureDesigner(command.Actor);
        var versions = db.WorkflowDefinitions.AsNoTracking().Where(d => d.DefinitionId == command.DefinitionId);
        var stored = await (command.Version is { } number ? versions.Where(d => d.Version == number) : versions.OrderByDescending(d => d.Version))
            .Select(d => new { d.Version, d.Json }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Workflow definition", command.DefinitionId);
        audit.Write(command.Actor, "workflow.export", "WorkflowDefinition", command.DefinitionId, $"version {stored.Version}");
        var read = ElsaJsonReader.Read(stored.Json, registry);
        return read.Definition is { } definition ? ElsaJsonWriter.Write(definition) : stored.Json;
    }
}
