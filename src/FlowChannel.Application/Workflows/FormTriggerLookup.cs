using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;

namespace FlowChannel.Application.Workflows;

/// <summary>
/// The workflow triggers that watch one form (<see cref="TriggerKinds.FormSubmitted"/> and
/// <see cref="TriggerKinds.RecordChanged"/>), read once per unit of work: a submission starts its flow and the flow's
/// first step changes the record, which asks again for the same form. Scoped, but remembered only for the
/// transaction they were read in: triggers change when a definition is published, in a unit of work of its own.
/// </summary>
public sealed class FormTriggerLookup(FlowChannelDbContext db)
{
    private readonly Dictionary<string, List<WorkflowTrigger>> _byForm = new(StringComparer.Ordinal);
    private object? _readIn;

    /// <summary>The form's triggers of <paramref name="kind"/>, untracked; a new list the caller may change.</summary>
    public async Task<List<WorkflowTrigger>> OfAsync(string kind, string formId, CancellationToken ct)
    {
        var transaction = db.Database.CurrentTransaction;
        if (transaction is null || !ReferenceEquals(transaction, _readIn))
        {
            _byForm.Clear();
            _readIn = transaction;
        }

        if (!_byForm.TryGetValue(formId, out var triggers))
        {
            triggers = await WorkflowQueries.FormTriggersAsync(db, formId, ct);
            _byForm[formId] = triggers;
        }

        return triggers.FindAll(t => t.Kind == kind);
    }
}
