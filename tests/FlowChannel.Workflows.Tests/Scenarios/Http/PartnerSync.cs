namespace FlowChannel.Workflows.Tests.Scenarios.Http;

/// <summary>The partner-sync definition and shortcuts to run it with a fixed instance id.</summary>
internal static class PartnerSync
{
    public const string Url = "https://crm.example.com/api/partners";

    public static WorkflowDefinition Definition { get; } = ScenarioFiles.Read("Http", "partner-sync.json");

    public static WorkflowRunResult Start(string url = Url, string instanceId = "sync-1") =>
        WorkflowHarness.Runner.Start(Definition, new StartWorkflowRequest(instanceId, new JsonObject { ["url"] = url }, WorkflowHarness.Now));

    public static WorkflowRunResult Respond(WorkflowRunResult suspended, JsonObject response) =>
        WorkflowHarness.Resume(Definition, suspended.State, Assert.Single(suspended.CreatedBookmarks), response);

    public static JsonObject Response(int status, string? content = null, string? contentType = "application/json") =>
        new() { ["statusCode"] = status, ["content"] = content, ["contentType"] = contentType };
}
