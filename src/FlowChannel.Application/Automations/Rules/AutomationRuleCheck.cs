using FlowChannel.Application.Common;
using FlowChannel.Application.Forms;
using FlowChannel.Forms.Schema;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Automations.Rules;

/// <summary>
/// Checks a parsed rule against the forms it names: its own form's watched and date fields, each record action's form
/// and mapped fields, the workflow to start. Errors carry the pointer of the place, like the parser's.
/// </summary>
public static class AutomationRuleCheck
{
    public static async Task<IReadOnlyList<FieldError>> CheckAsync(FlowChannelDbContext db, FormSchemaCache schemas, string formId,
        AutomationRule rule, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        void Error(string place, string message) => errors.Add(new FieldError(place, "automation", message));

        var own = await FindAsync(db, schemas, formId, ct) ?? throw new NotFoundException("Form", formId);
        foreach (var (field, i) in rule.Trigger.Fields.Select((f, i) => (f, i)).Where(f => own.FindField(f.f) is null))
        {
            Error($"/trigger/fields/{i}", $"Form '{formId}' has no field '{field}'.");
        }
        if (rule.Trigger.DateField is { } dateField
            && own.FindField(dateField) is not { Type: FieldType.Date or FieldType.DateTime })
        {
            Error("/trigger/dateField", $"'{dateField}' is not a date field of form '{formId}'.");
        }
        foreach (var action in rule.Actions)
        {
            if (action.Form is { } target)
            {
                if (await FindAsync(db, schemas, target, ct) is not { } schema)
                {
                    Error($"{action.Place}/form", $"There is no published form '{target}'.");
                    continue;
                }
                foreach (var (map, name) in new[] { (action.Fields, "fields"), (action.Where, "where") })
                {
                    foreach (var key in map.Keys.Where(k => schema.FindField(k) is null))
                    {
                        Error($"{action.Place}/{name}/{key}", $"Form '{target}' has no field '{key}'.");
                    }
                }
            }
            if (action.Workflow is { } workflow && !await db.WorkflowDefinitions.AnyAsync(w => w.DefinitionId == workflow && w.IsPublished, ct))
            {
                Error($"{action.Place}/workflow", $"There is no published workflow '{workflow}'.");
            }
            foreach (var (to, i) in action.Recipients.Select((t, i) => (t, i)))
            {
                if (to.StartsWith("field:", StringComparison.Ordinal)
                    && own.FindField(to["field:".Length..]) is not { Type: FieldType.Member or FieldType.Members })
                {
                    Error($"{action.Place}/to/{i}", $"'{to["field:".Length..]}' is not a member field of form '{formId}'.");
                }
            }
        }
        return errors;
    }

    private static async Task<FormSchema?> FindAsync(FlowChannelDbContext db, FormSchemaCache schemas, string formId, CancellationToken ct)
    {
        try
        {
            return await schemas.GetPublishedAsync(db, formId, ct);
        }
        catch (NotFoundException)
        {
            return null;
        }
    }
}
