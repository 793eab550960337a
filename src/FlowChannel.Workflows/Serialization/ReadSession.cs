using FlowChannel.Workflows.Activities;
using FlowChannel.Workflows.Model;

namespace FlowChannel.Workflows.Serialization;

/// <summary>The state of one read: diagnostics, known variables and the activity types found missing.</summary>
internal sealed class ReadSession(ActivityRegistry registry)
{
    private readonly List<WorkflowDiagnostic> _errors = [];
    private readonly List<WorkflowDiagnostic> _warnings = [];
    private readonly List<string> _missingTypes = [];
    private readonly Dictionary<string, VariableDefinition> _variablesById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, VariableDefinition> _variablesByName = new(StringComparer.Ordinal);

    public ActivityRegistry Registry { get; } = registry;

    public List<VariableDefinition> Variables { get; } = [];

    public IReadOnlyList<string> MissingTypes => _missingTypes;

    public void Error(string pointer, string message) => _errors.Add(new(pointer, message));

    public void Warning(string pointer, string message) => _warnings.Add(new(pointer, message));

    public void AddMissingType(string type)
    {
        if (!_missingTypes.Contains(type, StringComparer.Ordinal))
        {
            _missingTypes.Add(type);
        }
    }

    public void AddVariable(VariableDefinition variable, string pointer)
    {
        if (!_variablesById.TryAdd(variable.Id, variable))
        {
            Error(pointer, $"Another variable already has the id '{variable.Id}'.");
            return;
        }

        if (!_variablesByName.TryAdd(variable.Name, variable))
        {
            Error(pointer, $"Another variable is already named '{variable.Name}'.");
            return;
        }

        Variables.Add(variable);
    }

    /// <summary>Finds a variable by id, then by name (hand-written definitions often reference names).</summary>
    public VariableDefinition? FindVariable(string idOrName) =>
        _variablesById.TryGetValue(idOrName, out var byId) ? byId
        : _variablesByName.TryGetValue(idOrName, out var byName) ? byName
        : null;

    public WorkflowReadResult Result(WorkflowDefinition? definition) => new(definition, _errors, _warnings);
}
