using FlowChannel.Forms.Schema;

namespace FlowChannel.Forms.Validation;

/// <summary>
/// Collects the errors of one validation and words them in the reader's language. Messages are only built when a
/// value fails, so a valid record pays for neither the label lookup nor the string formatting.
/// </summary>
internal sealed class ErrorSink
{
    private List<FieldError>? _errors;

    internal ErrorSink(CultureInfo culture)
    {
        Culture = culture;
        Chinese = culture.TwoLetterISOLanguageName == "zh";
    }

    internal CultureInfo Culture { get; }

    internal bool Chinese { get; }

    internal IReadOnlyList<FieldError> Errors => (IReadOnlyList<FieldError>?)_errors ?? [];

    internal int Count => _errors?.Count ?? 0;

    internal void Add(FieldDefinition field, string path, string code, string detail) =>
        Add(path, code, field.Label.Resolve(Culture), detail);

    internal void Add(string path, string code, string label, string detail)
    {
        var message = Chinese ? label + "：" + detail : label + ": " + detail;
        (_errors ??= []).Add(new FieldError(path, code, message));
    }

    internal static string ItemPath(string key, int index) =>
        key + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
}
