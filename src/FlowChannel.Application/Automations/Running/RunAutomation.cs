using System.Text.Json.Nodes;
using FlowChannel.Application.Automations.Rules;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Automations.Running;

/// <summary>
/// Runs one queued automation: the condition over the record's values at the event, then every action, all in one unit
/// of work with the run's log line (its id is the outbox message's, so a run delivered twice does its work once).
/// An action that fails throws <see cref="AutomationActionException"/> and nothing of the run is kept but the failure
/// (<see cref="LogAutomationRun"/>, written by the deliverer).
/// </summary>
public sealed record RunAutomation(Guid RunId, Guid AutomationId, Guid? RecordId, string Trigger, JsonObject Data, int Depth) : ICommand<string>;

public sealed class RunAutomationHandler(FlowChannelDbContext db, AutomationActionRunner actions, AutomationContext context, TimeProvider clock)
    : ICommandHandler<RunAutomation, string>
{
    public async ValueTask<string> Handle(RunAutomation command, CancellationToken cancellationToken)
    {
        if (await db.AutomationRuns.AnyAsync(r => r.Id == command.RunId, cancellationToken))
        {
            return "already run";
        }
        context.Depth = command.Depth;
        var automation = await db.Automations.AsNoTracking().FirstOrDefaultAsync(a => a.Id == command.AutomationId, cancellationToken);
        if (automation is null || !automation.IsActive || AutomationRuleParser.Parse(automation.DefinitionJson).Rule is not { } rule)
        {
            // Removed or switched off after the event: nothing to do, and nothing worth a line in a log no one can open.
            return "gone";
        }
        var run = new AutomationRun
        {
            Id = command.RunId, AutomationId = automation.Id, FormId = automation.FormId, RecordId = command.RecordId,
            Trigger = command.Trigger, Depth = command.Depth, At = clock.GetUtcNow().UtcDateTime, Outcome = AutomationOutcomes.Succeeded,
        };
        if (rule.Condition is { } condition && !AutomationFormulas.IsTrue("/condition", condition, command.Data))
        {
            run.Outcome = AutomationOutcomes.Skipped;
            run.Summary = "The condition did not hold.";
        }
        else
        {
            var lines = new List<string>();
            foreach (var action in rule.Actions)
            {
                lines.Add(await actions.RunAsync(action, command, cancellationToken));
            }
            run.Summary = Limit(string.Join("\n", lines));
        }
        db.AutomationRuns.Add(run);
        return run.Outcome;
    }

    internal static string Limit(string text) => text.Length > 2000 ? text[..1997] + "..." : text;
}

/// <summary>Writes the log line of a run that failed (in a unit of work of its own: the run's own was rolled back).</summary>
public sealed record LogAutomationRun(Guid RunId, Guid AutomationId, Guid? RecordId, string Trigger, int Depth, string Error) : ICommand;

public sealed class LogAutomationRunHandler(FlowChannelDbContext db, TimeProvider clock) : ICommandHandler<LogAutomationRun>
{
    public async ValueTask<Unit> Handle(LogAutomationRun command, CancellationToken cancellationToken)
    {
        var formId = await db.Automations.Where(a => a.Id == command.AutomationId).Select(a => a.FormId).FirstOrDefaultAsync(cancellationToken);
        if (formId is null || await db.AutomationRuns.AnyAsync(r => r.Id == command.RunId, cancellationToken))
        {
            return Unit.Value;
        }
        db.AutomationRuns.Add(new AutomationRun
        {
            Id = command.RunId, AutomationId = command.AutomationId, FormId = formId, RecordId = command.RecordId, Trigger = command.Trigger,
            Depth = command.Depth, At = clock.GetUtcNow().UtcDateTime, Outcome = AutomationOutcomes.Failed,
            Error = RunAutomationHandler.Limit(command.Error),
        });
        return Unit.Value;
    }
}

/// <summary>An action (or the condition) could not be carried out; <see cref="Place"/> is its place in the rule.</summary>
public sealed class AutomationActionException(string place, string message, Exception? inner = null) : Exception($"{place}: {message}", inner)
{
    public string Place { get; } = place;
}
