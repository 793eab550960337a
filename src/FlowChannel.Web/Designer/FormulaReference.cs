namespace FlowChannel.Web.Designer;

/// <summary>A name a formula may read, as the editor's field list shows it: <c>price</c>, <c>lines.amount</c>, <c>row.qty</c>.</summary>
public sealed record FormulaReference(string Name, string Label, string Type);
