using System.Globalization;
using System.Text.Json.Nodes;
using FlowChannel.Application.Automations.Rules;
using FlowChannel.Application.Common;
using FlowChannel.Application.Records;
using FlowChannel.Application.Workflows.Definitions;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Application.Automations.Running;

/// <summary>
/// Carries out one action of a rule in the run's unit of work. Records are written through the same use cases people
/// use (submission checks, unique values, serial numbers, workflows, webhooks, further automations) by the system
/// <see cref="Actor"/>, which no permission set limits. Scoped.
/// </summary>
public sealed class AutomationActionRunner(FlowChannelDbContext db, IServiceProvider services, AutomationNotifier notifier)
{
    /// <summary>Who automations act as: an administrator without a person, so no permission set stands in the way.</summary>
    public static readonly Actor System = new(SystemUser.Id, "Automation", new HashSet<string>([RoleNames.Admin], StringComparer.Ordinal));

    /// <returns>One line saying what the action did.</returns>
    public async Task<string> RunAsync(AutomationAction action, RunAutomation run, CancellationToken ct)
    {
        try
        {
            return action.Type switch
            {
                AutomationActionKinds.AddRecord => await AddAsync(action, run.Data, null, ct),
                AutomationActionKinds.UpdateRecords => await UpdateAsync(action, run.Data, ct),
                AutomationActionKinds.UpsertRecord => await UpsertAsync(action, run.Data, ct),
                AutomationActionKinds.DeleteRecords => await DeleteAsync(action, run.Data, ct),
                AutomationActionKinds.StartWorkflow => await StartWorkflowAsync(action, run, ct),
                AutomationActionKinds.Notify => await notifier.NotifyAsync(action, run, ct),
                _ => throw new AutomationActionException(action.Place, $"Unknown action type '{action.Type}'."),
            };
        }
        catch (RecordValidationException e)
        {
            throw new AutomationActionException(action.Place,
                $"The {action.Type} wrote an invalid '{action.Form}' record: " + string.Join("; ", e.Errors.Select(x => $"{x.Path}: {x.Message}")), e);
        }
        catch (FlowChannelException e) when (e is not ConflictException)
        {
            throw new AutomationActionException(action.Place, e.Message, e);
        }
    }

    private async Task<string> AddAsync(AutomationAction action, JsonObject data, JsonObject? mapped, CancellationToken ct)
    {
        var values = mapped ?? AutomationFormulas.Map($"{action.Place}/fields", action.Fields, data, null);
        var created = await Handler<SubmitRecordHandler>().Handle(new SubmitRecord(System, action.Form!, values, CultureInfo.InvariantCulture), ct);
        return $"{action.Place}: added {action.Form} {created.RecordId}";
    }

    private async Task<string> UpdateAsync(AutomationAction action, JsonObject data, CancellationToken ct)
    {
        var where = AutomationFormulas.Map($"{action.Place}/where", action.Where, data, null);
        var targets = await FindAsync(action.Form!, where, ct);
        foreach (var (id, current) in targets)
        {
            await UpdateOneAsync(action, data, id, current, ct);
        }
        return $"{action.Place}: updated {targets.Count} {action.Form} record(s)";
    }

    private async Task<string> UpsertAsync(AutomationAction action, JsonObject data, CancellationToken ct)
    {
        var keys = new JsonObject();
        foreach (var key in action.Keys)
        {
            keys[key] = AutomationFormulas.Evaluate($"{action.Place}/fields/{key}", action.Fields[key], data, []);
        }
        if ((await FindAsync(action.Form!, keys, ct)).FirstOrDefault() is ({ } id, { } current))
        {
            await UpdateOneAsync(action, data, id, current, ct);
            return $"{action.Place}: updated {action.Form} {id}";
        }
        return await AddAsync(action, data, null, ct);
    }

    private async Task<string> DeleteAsync(AutomationAction action, JsonObject data, CancellationToken ct)
    {
        var where = AutomationFormulas.Map($"{action.Place}/where", action.Where, data, null);
        var targets = await FindAsync(action.Form!, where, ct);
        foreach (var (id, _) in targets)
        {
            await Handler<DeleteRecordHandler>().Handle(new DeleteRecord(System, id), ct);
        }
        return $"{action.Place}: deleted {targets.Count} {action.Form} record(s)";
    }

    private async Task<string> StartWorkflowAsync(AutomationAction action, RunAutomation run, CancellationToken ct)
    {
        var input = new JsonObject { ["record"] = new JsonObject { ["id"] = run.RecordId?.ToString(), ["data"] = run.Data.DeepClone() } };
        var started = await Handler<StartWorkflowInstanceHandler>().Handle(
            new StartWorkflowInstance(System, action.Workflow!, input, run.RecordId?.ToString()), ct);
        return $"{action.Place}: started {action.Workflow} instance {started.InstanceId}";
    }

    private async Task UpdateOneAsync(AutomationAction action, JsonObject data, Guid id, JsonObject current, CancellationToken ct)
    {
        var patch = AutomationFormulas.Map($"{action.Place}/fields", action.Fields, data, current);
        await Handler<UpdateRecordHandler>().Handle(new UpdateRecord(System, id, patch, null, CultureInfo.InvariantCulture), ct);
    }

    /// <summary>The live records of a form whose fields equal every computed value.</summary>
    /// <remarks>Compared in memory over the form's records: rules target reference forms (orders, profiles) of moderate size.</remarks>
    private async Task<List<(Guid Id, JsonObject Data)>> FindAsync(string formId, JsonObject values, CancellationToken ct)
    {
        var rows = await db.FormRecords.AsNoTracking().Where(r => r.FormId == formId && r.DeletedAt == null)
            .Select(r => new { r.Id, r.DataJson }).ToListAsync(ct);
        return [.. rows.Select(r => (r.Id, Data: JsonNode.Parse(r.DataJson)!.AsObject())).Where(r => AutomationFormulas.Matches(r.Data, values))];
    }

    // The use cases' handlers, run inside this unit of work (a nested Send would open a second transaction).
    private T Handler<T>() where T : class => ActivatorUtilities.GetServiceOrCreateInstance<T>(services);
}
