using FlowChannel.Application.Common;
using FlowChannel.Forms.Versions;

namespace FlowChannel.Application.Forms;

/// <summary>The draft cannot become a version (422): schema errors or changes that would lose existing records' data.</summary>
public sealed class FormPublishException(string formId, IReadOnlyList<CompatibilityProblem> errors)
    : FlowChannelException($"Form '{formId}' cannot be published: {string.Join("; ", errors.Take(5).Select(e => e.Message))}")
{
    public IReadOnlyList<CompatibilityProblem> Errors { get; } = errors;
}
