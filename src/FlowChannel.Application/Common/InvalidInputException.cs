using FlowChannel.Forms.Validation;

namespace FlowChannel.Application.Common;

/// <summary>
/// A command's input breaks its rules (422): each error names the field (<c>email</c>) or the import cell
/// (<c>rows[7].department</c>) it is about. Nothing was stored.
/// </summary>
public sealed class InvalidInputException(string title, IReadOnlyList<FieldError> errors)
    : FlowChannelException($"{title} {string.Join("; ", errors.Take(5).Select(e => $"{e.Path}: {e.Message}"))}")
{
    public string Title { get; } = title;

    public IReadOnlyList<FieldError> Errors { get; } = errors;

    public static void ThrowIfAny(string title, IReadOnlyList<FieldError> errors)
    {
        if (errors.Count > 0)
        {
            throw new InvalidInputException(title, errors);
        }
    }
}
