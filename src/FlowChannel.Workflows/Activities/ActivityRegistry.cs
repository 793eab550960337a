using System.Diagnostics.CodeAnalysis;
using FlowChannel.Workflows.Activities.Channel;
using FlowChannel.Workflows.Activities.Composition;
using FlowChannel.Workflows.Activities.Core;
using FlowChannel.Workflows.Activities.Email;
using FlowChannel.Workflows.Activities.Http;
using FlowChannel.Workflows.Activities.Messaging;
using FlowChannel.Workflows.Activities.Platform;
using FlowChannel.Workflows.Activities.Platform.Approvals;
using FlowChannel.Workflows.Activities.Records;
using FlowChannel.Workflows.Activities.Scheduling;

namespace FlowChannel.Workflows.Activities;

/// <summary>
/// The activity types the reader and runtime know. Register everything at startup, before the registry is shared:
/// lookups are then read-only and safe from any thread.
/// </summary>
public sealed class ActivityRegistry
{
    private readonly Dictionary<string, WorkflowActivity> _activities = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<WorkflowActivity> Activities => _activities.Values;

    /// <summary>Elsa's core flowchart activities and FlowChannel's own.</summary>
    public static ActivityRegistry CreateDefault()
    {
        var registry = new ActivityRegistry();
        WorkflowActivity[] activities =
        [
            new StartActivity(), new EndActivity(), new FinishActivity(), new FlowDecisionActivity(), new FlowSwitchActivity(),
            new FlowForkActivity(), new FlowJoinActivity(), new SetVariableActivity(), new SetNameActivity(),
            new CorrelateActivity(), new WriteLineActivity(), new RunJavaScriptActivity(), new FaultActivity(),
            new FormSubmittedActivity(), new ApprovalActivity(), new CreateRecordActivity(), new UpdateRecordActivity(),
            new NotifyActivity(), new DelayActivity(), new TimerActivity(), new CronActivity(), new StartAtActivity(),
            new EventActivity(), new PublishEventActivity(), new RunTaskActivity(),
            new SendEmailActivity(), new FlowSendHttpRequestActivity(), new ExecuteWorkflowActivity(), new DispatchWorkflowActivity(),
            new QueryRecordsActivity(), new RecordChangedActivity(),
            new CheckDealConflictActivity(), new AllocateLeadActivity(), new SettleRebatesActivity(),
            new ComputeScorecardsActivity(), new ComputeRiskWarningsActivity(), new SumOrderPaymentsActivity(),
            new ComputeProfitSharingActivity(),
        ];
        foreach (var activity in activities)
        {
            registry.Register(activity);
        }

        return registry;
    }

    public void Register(WorkflowActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!_activities.TryAdd(activity.TypeName, activity))
        {
            throw new ArgumentException($"Activity type '{activity.TypeName}' is already registered.", nameof(activity));
        }
    }

    /// <summary>
    /// Swaps the implementation registered for <paramref name="activity"/>'s type, e.g. for
    /// <c>new FlowSendHttpRequestActivity(policy)</c> with the configured outbound allow list.
    /// </summary>
    public void Replace(WorkflowActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!_activities.ContainsKey(activity.TypeName))
        {
            throw new ArgumentException($"Activity type '{activity.TypeName}' is not registered, so it cannot be replaced.", nameof(activity));
        }

        _activities[activity.TypeName] = activity;
    }

    /// <summary>Finds a type; a generic suffix is ignored (<c>Elsa.SetVariable&lt;Int32&gt;</c> is <c>Elsa.SetVariable</c>).</summary>
    public bool TryGet(string typeName, [NotNullWhen(true)] out WorkflowActivity? activity)
    {
        ArgumentNullException.ThrowIfNull(typeName);
        var generic = typeName.IndexOf('<', StringComparison.Ordinal);
        return _activities.TryGetValue(generic > 0 ? typeName[..generic] : typeName, out activity);
    }
}
