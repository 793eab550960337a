namespace FlowChannel.Forms.Schema;

/// <summary>One choice of a radio, select, checkbox-group or multi-select field; records store <see cref="Value"/>.</summary>
/// <param name="Value">What records store.</param>
/// <param name="Label">What people see.</param>
/// <param name="When">
/// Option linkage: the values of the field named by <see cref="FieldDefinition.OptionsDependOn"/> for which this option
/// is offered (a city under its province). Null offers it always.
/// </param>
public sealed record FieldOption(string Value, LocalizedText Label, IReadOnlyList<string>? When = null);
