using FlowChannel.Workflows.Model;

namespace FlowChannel.Workflows.Serialization;

/// <summary>The outcome of reading a definition: the definition when there are no errors, and every diagnostic.</summary>
public sealed class WorkflowReadResult
{
    internal WorkflowReadResult(WorkflowDefinition? definition, IReadOnlyList<WorkflowDiagnostic> errors, IReadOnlyList<WorkflowDiagnostic> warnings)
    {
        // A definition with errors is withheld so that nothing can run or store it by mistake.
        Definition = errors.Count == 0 ? definition : null;
        Errors = errors;
        Warnings = warnings;
    }

    public WorkflowDefinition? Definition { get; }

    public IReadOnlyList<WorkflowDiagnostic> Errors { get; }

    public IReadOnlyList<WorkflowDiagnostic> Warnings { get; }

    public bool IsValid => Definition is not null && Errors.Count == 0;
}
