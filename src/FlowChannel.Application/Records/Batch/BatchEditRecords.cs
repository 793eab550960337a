using System.Globalization;
using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Permissions;
using FlowChannel.Expressions;
using FlowChannel.Expressions.Formulas;
using FlowChannel.Forms.Permissions;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence.Entities;
using Mediator;

namespace FlowChannel.Application.Records.Batch;

/// <summary>
/// Sets one field of many records (the <c>batchEdit</c> action) to a value, or to a formula computed over each record's
/// own values (<c>amount * 1.1</c>). All or nothing: a field the caller may not edit, a formula that does not compile,
/// or any record the new value makes invalid refuses the whole batch with every error, each naming the record and field.
/// </summary>
public sealed record BatchEditRecords(Actor Actor, string FormId, IReadOnlyList<Guid> RecordIds, string Field, JsonNode? Value, string? Formula = null,
    CultureInfo? Culture = null) : ICommand<BatchResult>;

/// <summary>How many records a batch changed.</summary>
public sealed record BatchResult(int Count);

public sealed class BatchEditRecordsHandler(RecordPermissions permissions, RecordEditor editor) : ICommandHandler<BatchEditRecords, BatchResult>
{
    private static readonly FormulaEvaluator Evaluator = new();

    public async ValueTask<BatchResult> Handle(BatchEditRecords command, CancellationToken cancellationToken)
    {
        var rights = await permissions.ForFormAsync(command.Actor, command.FormId, cancellationToken);
        var records = await BatchRecords.FindAsync(permissions, rights, command.RecordIds, FormAction.BatchEdit, cancellationToken);
        if (!rights.IsAdmin && rights.Field(command.Field) != FieldRight.Edit)
        {
            throw new RecordValidationException([new FieldError("field", "readOnly", $"You may not change '{command.Field}'.")]);
        }
        CompiledFormula? formula = null;
        if (!string.IsNullOrWhiteSpace(command.Formula))
        {
            var compiled = FormulaCompiler.Compile(command.Formula);
            formula = compiled.Formula
                ?? throw new RecordValidationException([new FieldError("formula", "invalid", $"The formula for '{command.Field}' does not compile: {compiled.Errors[0].Message}")]);
        }

        var culture = command.Culture ?? CultureInfo.CurrentUICulture;
        var errors = new List<FieldError>();
        foreach (var record in records)
        {
            if (record.Status == RecordStatuses.InReview && !rights.IsAdmin)
            {
                errors.Add(new FieldError($"records/{record.Id}", "inReview", "The record is in review: it changes through its approval tasks."));
                continue;
            }
            var value = command.Value?.DeepClone();
            if (formula is not null)
            {
                try
                {
                    value = Evaluator.Evaluate(formula, new FormulaScope(JsonNode.Parse(record.DataJson)!.AsObject()));
                }
                catch (ExpressionException e)
                {
                    errors.Add(new FieldError($"records/{record.Id}/data/{command.Field}", "formula", $"'{command.Field}': the formula failed: {e.Message}"));
                    continue;
                }
            }
            errors.AddRange(await editor.ApplyAsync(command.Actor, record, rights, new JsonObject { [command.Field] = value }, culture,
                cancellationToken, $"records/{record.Id}/"));
        }
        // Nothing is saved when anything failed: the unit of work rolls the whole command back.
        if (errors.Count > 0)
        {
            throw new RecordValidationException(errors);
        }
        return new BatchResult(records.Count);
    }
}
