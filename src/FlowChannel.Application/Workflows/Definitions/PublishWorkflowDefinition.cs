using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using FlowChannel.Workflows.Activities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Workflows.Definitions;

/// <summary>
/// Publishes a stored version (the newest when <see cref="Version"/> is null): from then on its triggers start new
/// instances. Refused, naming each, while the definition uses activity types this server does not have.
/// </summary>
public sealed record PublishWorkflowDefinition(Actor Actor, string DefinitionId, int? Version) : ICommand<WorkflowVersionSummary>;

public sealed class PublishWorkflowDefinitionHandler(FlowChannelDbContext db, ActivityRegistry registry, WorkflowPublisher publisher, AuditTrail audit)
    : ICommandHandler<PublishWorkflowDefinition, WorkflowVersionSummary>
{
    public async ValueTask<WorkflowVersionSummary> Handle(PublishWorkflowDefinition command, CancellationToken cancellationToken)
    {
        WorkflowDefinitionAccess.EnsureDesigner(command.Actor);
        var versions = db.WorkflowDefinitions.Where(d => d.DefinitionId == command.DefinitionId);
        var stored = await (command.Version is { } number ? versions.Where(d => d.Version == number) : versions.OrderByDescending(d => d.Version))
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Workflow definition", command.Version is null ? command.DefinitionId : $"{command.DefinitionId} v{command.Version}");

        var summary = await WorkflowVersions.PublishAsync(stored, registry, publisher, cancellationToken);
        audit.Write(command.Actor, "workflow.publish", "WorkflowDefinition", stored.DefinitionId, $"version {stored.Version}");
        return summary;
    }
}
