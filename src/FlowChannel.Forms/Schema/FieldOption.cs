namespace FlowChannel.Forms.Schema;

/// <summary>One choice of a radio, select, checkbox-group or multi-select field; records store <see cref="Value"/>.</summary>
public sealed record FieldOption(string Value, LocalizedText Label);
