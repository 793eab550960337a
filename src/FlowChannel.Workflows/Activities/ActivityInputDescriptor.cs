namespace FlowChannel.Workflows.Activities;

/// <summary>A declared input: its property name and the Elsa type name Studio writes for it.</summary>
public sealed record ActivityInputDescriptor(string Name, string TypeName = "String");
