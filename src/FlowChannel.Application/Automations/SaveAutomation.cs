using System.Text.Json.Nodes;
using FlowChannel.Application.Automations.Rules;
using FlowChannel.Application.Common;
using FlowChannel.Application.Forms;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Automations;

/// <summary>
/// Adds a rule to a form (<see cref="Id"/> null) or replaces one. A rule with problems is refused with every problem named by
/// its JSON pointer (422) and nothing stored.
/// </summary>
public sealed record SaveAutomation(Actor Actor, string FormId, Guid? Id, JsonNode? Definition) : ICommand<AutomationView>;

public sealed class SaveAutomationHandler(FlowChannelDbContext db, FormSchemaCache schemas, AuditTrail audit, AutomationRules rules)
    : ICommandHandler<SaveAutomation, AutomationView>
{
    public async ValueTask<AutomationView> Handle(SaveAutomation command, CancellationToken cancellationToken)
    {
        AutomationAccess.Check(command.Actor);
        var existing = command.Id is { } id
            ? await db.Automations.FirstOrDefaultAsync(a => a.Id == id && a.FormId == command.FormId, cancellationToken)
                ?? throw new NotFoundException("Automation", id.ToString())
            : null;
        var rule = await ParseAsync(db, schemas, command.FormId, command.Definition, cancellationToken);
        if (await db.Automations.AnyAsync(a => a.FormId == command.FormId && a.Key == rule.Key && a.Id != command.Id, cancellationToken))
        {
            throw new InvalidInputException("The automation is not valid.",
                [new FieldError("/key", "automation", $"Form '{command.FormId}' already has an automation '{rule.Key}'.")]);
        }
        var automation = existing ?? db.Automations.Add(new Automation
        {
            FormId = command.FormId, Key = rule.Key, Name = rule.Name, TriggerKind = rule.Trigger.On, DefinitionJson = "{}",
        }).Entity;
        Apply(automation, rule, command.Definition!);
        automation.IsCustomised = existing is { PackId: not null };
        automation.UpdatedAt = DateTime.UtcNow;
        audit.Write(command.Actor, existing is null ? "automation.created" : "automation.updated", "Automation", automation.Id.ToString(),
            $"{automation.FormId}: {automation.Key}");
        rules.Forget(automation.FormId);
        return AutomationView.From(automation);
    }

    /// <summary>Parses and checks a rule for a form; any problem is an <see cref="InvalidInputException"/> naming its pointer.</summary>
    public static async Task<AutomationRule> ParseAsync(FlowChannelDbContext db, FormSchemaCache schemas, string formId, JsonNode? definition,
        CancellationToken ct)
    {
        var (rule, errors) = AutomationRuleParser.Parse(definition);
        InvalidInputException.ThrowIfAny("The automation is not valid.", errors);
        InvalidInputException.ThrowIfAny("The automation is not valid.", await AutomationRuleCheck.CheckAsync(db, schemas, formId, rule!, ct));
        return rule!;
    }

    public static void Apply(Automation automation, AutomationRule rule, JsonNode definition)
    {
        automation.Key = rule.Key;
        automation.Name = rule.Name.Length > 200 ? rule.Name[..200] : rule.Name;
        automation.TriggerKind = rule.Trigger.On;
        automation.IsActive = rule.Enabled;
        automation.DefinitionJson = definition.ToJsonString();
    }
}
