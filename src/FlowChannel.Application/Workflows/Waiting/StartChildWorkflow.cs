using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Workflows.Waiting;

/// <summary>
/// Starts the child instance an <c>Elsa.ExecuteWorkflow</c>/<c>DispatchWorkflow</c> step asked for, under the id the
/// step derived, so a repeated delivery starts nothing twice. A child that cannot start (no published definition)
/// answers a waiting parent as a faulted child, so the parent shows why instead of waiting for ever.
/// </summary>
public sealed record StartChildWorkflow(string ParentInstanceId, string ChildInstanceId, string DefinitionId, string? CorrelationId,
    JsonObject Input, bool WaitForCompletion) : ICommand<string?>;

public sealed class StartChildWorkflowHandler(FlowChannelDbContext db, WorkflowEngine engine, WorkflowDefinitionCache definitions)
    : ICommandHandler<StartChildWorkflow, string?>
{
    public async ValueTask<string?> Handle(StartChildWorkflow command, CancellationToken cancellationToken)
    {
        if (await db.WorkflowInstances.AnyAsync(i => i.Id == command.ChildInstanceId, cancellationToken))
        {
            return command.ChildInstanceId;
        }

        var version = await db.WorkflowDefinitions.AsNoTracking()
            .Where(d => d.DefinitionId == command.DefinitionId && d.IsPublished)
            .OrderByDescending(d => d.IsLatest).ThenByDescending(d => d.Version)
            .Select(d => d.Id).FirstOrDefaultAsync(cancellationToken);
        if (version is null)
        {
            await ChildCompletion.NotifyParentAsync(db, command.ChildInstanceId, new JsonObject
            {
                ["status"] = "Faulted",
                ["message"] = $"No published workflow '{command.DefinitionId}' to run as a child.",
            }, cancellationToken);
            return null;
        }

        var definition = await definitions.GetAsync(db, version, cancellationToken);
        return await engine.StartAsync(definition, null, command.Input, command.CorrelationId ?? command.ParentInstanceId,
            SystemUser.Id, command.ChildInstanceId, cancellationToken);
    }
}
