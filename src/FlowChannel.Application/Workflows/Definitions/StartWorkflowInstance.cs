using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Workflows.Definitions;

/// <summary>Starts an instance of the published version of a definition with <see cref="Input"/> (designers and admins).</summary>
public sealed record StartWorkflowInstance(Actor Actor, string DefinitionId, JsonObject Input, string? CorrelationId) : ICommand<ResumeOutcomeView>;

public sealed record ResumeOutcomeView(string InstanceId, string Status, string SubStatus);

public sealed class StartWorkflowInstanceHandler(FlowChannelDbContext db, WorkflowEngine engine, WorkflowDefinitionCache definitions)
    : ICommandHandler<StartWorkflowInstance, ResumeOutcomeView>
{
    public async ValueTask<ResumeOutcomeView> Handle(StartWorkflowInstance command, CancellationToken cancellationToken)
    {
        WorkflowDefinitionAccess.EnsureDesigner(command.Actor);
        var versionId = await db.WorkflowDefinitions.AsNoTracking()
            .Where(d => d.DefinitionId == command.DefinitionId && d.IsPublished)
            .OrderByDescending(d => d.IsLatest).ThenByDescending(d => d.Version)
            .Select(d => d.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Published workflow definition", command.DefinitionId);
        var definition = await definitions.GetAsync(db, versionId, cancellationToken);
        var instanceId = await engine.StartAsync(definition, null, command.Input, command.CorrelationId, command.Actor.UserId, null, cancellationToken);
        var instance = db.WorkflowInstances.Local.Single(i => i.Id == instanceId);
        return new ResumeOutcomeView(instanceId, instance.Status, instance.SubStatus);
    }
}
