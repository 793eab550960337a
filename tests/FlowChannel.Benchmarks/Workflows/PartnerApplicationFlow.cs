using FlowChannel.Expressions;
using FlowChannel.TestSupport;
using FlowChannel.Workflows.Activities;
using FlowChannel.Workflows.Model;
using FlowChannel.Workflows.Runtime;
using FlowChannel.Workflows.Serialization;

namespace FlowChannel.Benchmarks.Workflows;

/// <summary>
/// The shipped <c>workflow-definitions/partner-application.json</c> with the inputs of one instance that scores high
/// enough to wait for a channel manager: start → approval bookmark → resume Approved → finished.
/// </summary>
public sealed class PartnerApplicationFlow
{
    private const string RecordId = "0194f1f4-7a35-7c2e-9d1b-3a5e8c7b2f10";

    private static readonly DateTimeOffset Now = new(2025, 3, 1, 9, 0, 0, TimeSpan.FromHours(8));

    private readonly string _triggerId;
    private readonly JsonObject _decision;

    public PartnerApplicationFlow()
    {
        var registry = ActivityRegistry.CreateDefault();
        var read = ElsaJsonReader.Read(File.ReadAllText(RepositoryPaths.Combine("workflow-definitions", "partner-application.json")), registry);
        Definition = read.IsValid
            ? read.Definition!
            : throw new InvalidOperationException("partner-application.json: " + string.Join("; ", read.Errors));
        _triggerId = FormTriggers.Find(Definition).Single().ActivityId;
        Runner = new WorkflowRunner(registry, ExpressionLimits.Default);
        Runner.WarmUp();
        Submission = NewSubmission();
        _decision = new JsonObject
        {
            ["outcome"] = "Approved",
            ["comment"] = "资料齐全",
            ["actorId"] = "manager-1",
            ["actorName"] = "李强",
        };
    }

    public WorkflowDefinition Definition { get; }

    /// <summary>The workflow input of the instance: <c>{ record: { id, formId, …, data } }</c>.</summary>
    public JsonObject Submission { get; }

    /// <summary>A singleton, as in the app.</summary>
    public WorkflowRunner Runner { get; }

    public WorkflowRunResult Start(string instanceId) =>
        Runner.Start(Definition, new StartWorkflowRequest(instanceId, Submission, Now)
        {
            CorrelationId = RecordId,
            TriggerActivityId = _triggerId,
        });

    public WorkflowRunResult Resume(WorkflowInstanceState state, string bookmarkId) =>
        Runner.Resume(Definition, state, bookmarkId, _decision, Now.AddMinutes(5));

    /// <summary>One whole instance; throws unless it took the approval path and finished.</summary>
    public WorkflowRunResult RunToCompletion(string instanceId)
    {
        var started = Start(instanceId);
        if (started.CreatedBookmarks.Count != 1)
        {
            throw new InvalidOperationException($"Expected one approval bookmark, got {started.CreatedBookmarks.Count} ({started.State.SubStatus}).");
        }

        return Resume(started.State, started.CreatedBookmarks[0].Id);
    }

    /// <summary>Checks once, before measuring, that the inputs take the path the benchmarks claim to measure.</summary>
    public void EnsureApprovalPath()
    {
        var finished = RunToCompletion("check");
        if (finished.State.SubStatus != WorkflowSubStatus.Finished || finished.Effects.Count != 3)
        {
            throw new InvalidOperationException($"Expected a finished instance with 3 effects, got {finished.State.SubStatus} with {finished.Effects.Count}.");
        }
    }

    /// <summary>A submission with ratings 5, 4, 4, 5, 4 (score 86: goes to approval).</summary>
    private static JsonObject NewSubmission() => new()
    {
        ["record"] = new JsonObject
        {
            ["id"] = RecordId,
            ["formId"] = "partner-application",
            ["formVersion"] = 1,
            ["submittedBy"] = "user-7",
            ["submittedByName"] = "王芳",
            ["data"] = new JsonObject
            {
                ["companyName"] = "华东智联科技有限公司",
                ["creditCode"] = "91310000MA1FL2XQ3K",
                ["partnerType"] = "distributor",
                ["province"] = "shanghai",
                ["city"] = "上海",
                ["industries"] = new JsonArray("it", "retail"),
                ["contactName"] = "王芳",
                ["contactPhone"] = "13800138000",
                ["contactEmail"] = "wang.fang@example.cn",
                ["strategicFit"] = 5,
                ["operatingCapability"] = 4,
                ["resourceComplementarity"] = 4,
                ["creditCompliance"] = 5,
                ["growthPotential"] = 4,
            },
        },
    };
}
