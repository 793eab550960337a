namespace FlowChannel.Forms.Validation;

/// <summary>
/// A value that failed a field's rules. <see cref="Path"/> is the field key, <c>industries[2]</c> for an array item
/// or <c>qualifications[0].name</c> for an attachment member; <see cref="Code"/> is one of <see cref="FieldErrorCodes"/>.
/// </summary>
public sealed record FieldError(string Path, string Code, string Message);
