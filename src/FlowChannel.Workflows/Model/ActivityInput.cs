namespace FlowChannel.Workflows.Model;

/// <summary>An activity input: <c>{ "typeName": …, "expression": { "type": …, "value": … } }</c>.</summary>
public sealed record ActivityInput(string Name, string? TypeName, WorkflowExpression Expression);
