namespace FlowChannel.Forms.Validation;

/// <summary>The outcome of <see cref="RecordValidator.Validate"/>.</summary>
public sealed class RecordValidationResult
{
    internal RecordValidationResult(IReadOnlyList<FieldError> errors, JsonObject data, IReadOnlyList<RecordReference> references, IReadOnlyList<UniqueValue> uniqueValues,
        IReadOnlyList<SourcedChoice> sourcedChoices)
    {
        SourcedChoices = sourcedChoices;
        Errors = errors;
        Data = data;
        References = references;
        UniqueValues = uniqueValues;
    }

    public bool IsValid => Errors.Count == 0;

    public IReadOnlyList<FieldError> Errors { get; }

    /// <summary>
    /// A new object with only the known fields this write may set, normalized (numbers as JSON numbers, text
    /// trimmed, dates <c>yyyy-MM-dd</c>, date-times UTC ISO 8601, multiple values as arrays), defaults filled in
    /// for missing fields. Values that failed validation are left out; store Data only when <see cref="IsValid"/>.
    /// </summary>
    public JsonObject Data { get; }

    /// <summary>The user, department and record ids in <see cref="Data"/>: the server checks they exist and may be seen.</summary>
    public IReadOnlyList<RecordReference> References { get; }

    /// <summary>Values of <c>unique</c> fields: the server checks no other record of the form holds them.</summary>
    public IReadOnlyList<UniqueValue> UniqueValues { get; }

    /// <summary>Values of choice fields with options from another form: the server checks each is one it offers.</summary>
    public IReadOnlyList<SourcedChoice> SourcedChoices { get; }
}
