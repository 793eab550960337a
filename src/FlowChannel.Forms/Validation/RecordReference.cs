using FlowChannel.Forms.Schema;

namespace FlowChannel.Forms.Validation;

/// <summary>
/// A value that points outside the record: a user, department or record id that only the server's data can confirm.
/// <see cref="Path"/> is where it sits (<c>owner</c>, <c>reviewers[1]</c>, <c>lines[0].product</c>).
/// </summary>
public sealed record RecordReference(string Path, FieldDefinition Field, string Id);

/// <summary>A value of a field marked <c>unique</c>, which no other record of the form may hold.</summary>
public sealed record UniqueValue(string Path, FieldDefinition Field, JsonNode Value);

/// <summary>
/// The value of a choice field whose options come from another form (<c>optionsFrom</c>): the server checks it is one
/// it offers. <see cref="Row"/> is the subform row the field sits in (the options' filter may read it), else null.
/// </summary>
public sealed record SourcedChoice(string Path, FieldDefinition Field, JsonNode Value, JsonObject? Row);
