namespace FlowChannel.Workflows.Tests.Scenarios.PartnerApplication;

/// <summary>The repository's partner-application definition and submissions of the form it is triggered by.</summary>
internal static class PartnerApplication
{
    public const string RecordId = "0194f1f4-7a35-7c2e-9d1b-3a5e8c7b2f10";

    public static WorkflowDefinition Definition { get; } = Flowcharts.Read(File.ReadAllText(RepositoryFiles.WorkflowDefinition("partner-application.json")));

    public static string TriggerId => FormTriggers.Find(Definition).Single().ActivityId;

    /// <summary>A submission with the given 1–5 ratings.</summary>
    public static JsonObject Submission(int strategicFit, int operatingCapability, int resourceComplementarity, int creditCompliance, int growthPotential) => new()
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
                ["strategicFit"] = strategicFit,
                ["operatingCapability"] = operatingCapability,
                ["resourceComplementarity"] = resourceComplementarity,
                ["creditCompliance"] = creditCompliance,
                ["growthPotential"] = growthPotential,
            },
        },
    };

    public static WorkflowRunResult Start(JsonObject submission) =>
        WorkflowHarness.Runner.Start(Definition, new StartWorkflowRequest("instance-1", submission, WorkflowHarness.Now)
        {
            CorrelationId = RecordId,
            TriggerActivityId = TriggerId,
        });

    public static JsonObject Decision(string outcome, string? comment = null) => new()
    {
        ["outcome"] = outcome,
        ["comment"] = comment,
        ["actorId"] = "manager-1",
        ["actorName"] = "李强",
    };
}
