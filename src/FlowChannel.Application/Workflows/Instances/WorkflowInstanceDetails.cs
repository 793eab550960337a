using System.Text.Json.Nodes;
using FlowChannel.Application.Tasks;
using FlowChannel.Workflows.Runtime;

namespace FlowChannel.Application.Workflows.Instances;

/// <summary>An instance as <see cref="GetWorkflowInstance"/> shows it; <see cref="Internals"/> only for staff.</summary>
public sealed record WorkflowInstanceDetails(WorkflowInstanceSummary Instance, WorkflowInstanceInternals? Internals);

/// <summary>
/// What the instance holds and where it stands: variables, each activity run, open bookmarks, its inbox tasks (open
/// and decided), incidents, and the newest published version of its definition (a migration target when newer).
/// </summary>
public sealed record WorkflowInstanceInternals(
    string? Name,
    JsonObject Variables,
    IReadOnlyList<ActivityExecution> Journal,
    IReadOnlyList<OpenBookmarkView> Bookmarks,
    IReadOnlyList<TaskView> Tasks,
    IReadOnlyList<WorkflowIncident> Incidents,
    int? NewestPublishedVersion);
