namespace FlowChannel.Forms.Validation;

/// <summary>The outcome of <see cref="RecordValidator.Validate"/>.</summary>
public sealed class RecordValidationResult
{
    internal RecordValidationResult(IReadOnlyList<FieldError> errors, JsonObject data)
    {
        Errors = errors;
        Data = data;
    }

    public bool IsValid => Errors.Count == 0;

    public IReadOnlyList<FieldError> Errors { get; }

    /// <summary>
    /// A new object with only the known fields this write may set, normalized (numbers as JSON numbers, text
    /// trimmed, dates <c>yyyy-MM-dd</c>, date-times UTC ISO 8601, multiple values as arrays), defaults filled in
    /// for missing fields. Values that failed validation are left out; store Data only when <see cref="IsValid"/>.
    /// </summary>
    public JsonObject Data { get; }
}
