using FlowChannel.Forms.Validation;

namespace FlowChannel.Application.Common;

/// <summary>Base of the failures a caller can act on; the web layer turns each into its HTTP status.</summary>
public abstract class FlowChannelException(string message) : Exception(message);

/// <summary>The object does not exist, or the caller may not know that it does (404).</summary>
public sealed class NotFoundException(string objectType, string id)
    : FlowChannelException($"{objectType} '{id}' was not found.");

/// <summary>The caller is known but may not do this (403).</summary>
public sealed class ForbiddenException(string message) : FlowChannelException(message);

/// <summary>Someone else changed the object first, e.g. a task already completed (409).</summary>
public sealed class ConflictException(string message) : FlowChannelException(message);

/// <summary>The submitted data breaks the form's rules (422); nothing was stored.</summary>
public sealed class RecordValidationException(IReadOnlyList<FieldError> errors)
    : FlowChannelException($"The record is invalid: {string.Join("; ", errors.Take(5).Select(e => $"{e.Path}: {e.Message}"))}")
{
    public IReadOnlyList<FieldError> Errors { get; } = errors;
}

/// <summary>The request itself is malformed (400), e.g. an unknown task action.</summary>
public sealed class BadRequestException(string message) : FlowChannelException(message);
