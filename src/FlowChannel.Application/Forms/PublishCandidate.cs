using FlowChannel.Forms.Schema;
using FlowChannel.Forms.Versions;

namespace FlowChannel.Application.Forms;

/// <summary>
/// A draft as it would be published: its JSON with <c>version</c> set to the next number, the parsed schema, and
/// everything found on the way. It may be published only when <see cref="Errors"/> is empty.
/// </summary>
public sealed record PublishCandidate(int Version, string? Json, FormSchema? Schema, IReadOnlyList<CompatibilityProblem> Problems)
{
    public IEnumerable<CompatibilityProblem> Errors => Problems.Where(p => p.IsRefusal);

    public bool CanPublish => Schema is not null && Json is not null && !Problems.Any(p => p.IsRefusal);
}
