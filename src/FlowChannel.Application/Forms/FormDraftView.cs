using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using FlowChannel.Forms.Versions;

namespace FlowChannel.Application.Forms;

/// <summary>
/// Where a form's draft stands. <see cref="Revision"/> changes on every save (send it back to avoid overwriting
/// someone else's save); <see cref="NextVersion"/> is the number publishing would give it; <see cref="Problems"/>
/// lists schema errors and compatibility findings, and the draft can be published when none is a refusal.
/// <see cref="Schema"/> comes only with a read, not in the answer to a save.
/// </summary>
public sealed record FormDraftView(
    string FormId,
    int Revision,
    string UpdatedByUserId,
    DateTime UpdatedAt,
    int NextVersion,
    bool CanPublish,
    IReadOnlyList<CompatibilityProblem> Problems,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] JsonNode? Schema = null);
