namespace FlowChannel.Workflows.Runtime.Migration;

/// <summary>
/// Whether an instance can move to another version of its definition: the state on the new version, or the
/// problems that keep it where it is (and then <see cref="State"/> is null).
/// </summary>
public sealed record WorkflowMigrationResult(WorkflowInstanceState? State, IReadOnlyList<WorkflowMigrationProblem> Problems)
{
    public bool Succeeded => State is not null;

    /// <summary>Ids of the activities the instance sits at that the target version lacks or gives another type.</summary>
    public IReadOnlyList<string> MissingActivityIds =>
        [.. Problems.Where(p => p.Kind != WorkflowMigrationProblemKind.JoinConnectionMissing).Select(p => p.ActivityId).Distinct(StringComparer.Ordinal)];
}

/// <summary>One reason an instance cannot move, naming the activity it concerns.</summary>
public sealed record WorkflowMigrationProblem(string ActivityId, WorkflowMigrationProblemKind Kind, string Message);

public enum WorkflowMigrationProblemKind
{
    /// <summary>The instance sits at an activity the target version does not have.</summary>
    ActivityMissing,

    /// <summary>The target version has the activity id, but as another activity type.</summary>
    ActivityTypeChanged,

    /// <summary>A join has counted a connection that the target version no longer has.</summary>
    JoinConnectionMissing,
}
