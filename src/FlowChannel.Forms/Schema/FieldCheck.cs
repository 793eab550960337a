namespace FlowChannel.Forms.Schema;

/// <summary>
/// A custom check: a boolean formula that must hold, and the message shown when it does not. Used for a field's
/// <c>validations</c> and for the form's <c>submitChecks</c>.
/// </summary>
public sealed record FieldCheck(FieldFormula Formula, LocalizedText Message);
