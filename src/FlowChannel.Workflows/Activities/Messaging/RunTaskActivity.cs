using System.Text.Json.Nodes;
using FlowChannel.Workflows.Effects;

namespace FlowChannel.Workflows.Activities.Messaging;

/// <summary>
/// <c>Elsa.RunTask</c>: asks the caller to run the external task <c>taskName</c> with <c>payload</c>
/// (<see cref="RunTaskEffect"/>, with a task id chosen here) and waits on a task bookmark
/// (<see cref="BookmarkPayloads.Task"/>). Resumed with <c>{ result }</c>, it offers <c>taskId</c> and <c>result</c>.
/// </summary>
public sealed class RunTaskActivity : WorkflowActivity
{
    public override string TypeName => "Elsa.RunTask";

    public override ActivityKind Kind => ActivityKind.Blocking;

    public override IReadOnlyList<ActivityInputDescriptor> Inputs { get; } = [new("taskName"), new("payload", "Object")];

    public override IReadOnlyList<string> Outputs { get; } = ["taskId", "result"];

    public override ActivityResult Execute(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var taskName = context.GetString("taskName");
        if (string.IsNullOrWhiteSpace(taskName))
        {
            return ActivityResult.Fault($"{TypeName}: the task name is empty.");
        }

        var taskId = context.NewGuid();
        context.AddEffect(new RunTaskEffect(context.ActivityId, taskId, taskName, context.Evaluate("payload")));

        // Set now so later branches can refer to the task while it runs; repeated on resume with the result.
        context.SetOutput("taskId", taskId.ToString());
        return ActivityResult.Suspend(BookmarkPayloads.Task(taskId, taskName));
    }

    public override ActivityResult OnResumed(ActivityExecutionContext context, JsonObject input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        context.SetOutput("taskId", context.GetOwnOutput("taskId"));
        context.SetOutput("result", input["result"]);
        return ActivityResult.Done;
    }
}
