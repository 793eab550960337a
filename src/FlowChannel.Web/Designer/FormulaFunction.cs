namespace FlowChannel.Web.Designer;

/// <summary>One library function as the formula editor lists it: its category, call shape, what it does and an example.</summary>
public sealed record FormulaFunction(string Name, string Category, string Signature, string Description, string Example);
