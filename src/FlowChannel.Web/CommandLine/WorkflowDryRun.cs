using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using FlowChannel.Expressions;
using FlowChannel.Workflows.Activities;
using FlowChannel.Workflows.Runtime;
using FlowChannel.Workflows.Serialization;

namespace FlowChannel.Web.CommandLine;

/// <summary>
/// <c>flowchannel workflow run FILE --input JSON</c>: runs a definition in memory until it finishes or blocks and
/// prints the state, the open bookmarks and the effects it asked for (nothing is written anywhere).
/// </summary>
internal static class WorkflowDryRun
{
    // Terminal output, not HTML: Chinese text stays readable instead of \u-escaped.
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static int Run(string file, string inputJson, TextWriter output, TextWriter error)
    {
        if (CliVerbs.ReadFile(file, error) is not { } json)
        {
            return 1;
        }
        JsonObject input;
        try
        {
            input = JsonNode.Parse(inputJson) as JsonObject ?? throw new JsonException("the input must be a JSON object");
        }
        catch (JsonException ex)
        {
            error.WriteLine($"--input: {ex.Message}");
            return 1;
        }
        var registry = ActivityRegistry.CreateDefault();
        var read = ElsaJsonReader.Read(json, registry);
        if (read.Definition is not { } definition)
        {
            read.Errors.ToList().ForEach(e => error.WriteLine($"{file}#{e.Pointer}: {e.Message}"));
            return 1;
        }
        var runner = new WorkflowRunner(registry, ExpressionLimits.Default);
        var triggers = FormTriggers.Find(definition);
        var trigger = triggers.Count > 0 ? triggers[0] : null;
        var result = runner.Start(definition, new StartWorkflowRequest(Guid.NewGuid().ToString("N"), input, DateTimeOffset.UtcNow)
        {
            TriggerActivityId = trigger?.ActivityId,
        });
        var state = result.State;
        var report = new JsonObject
        {
            ["status"] = state.Status.ToString(),
            ["subStatus"] = state.SubStatus.ToString(),
            ["variables"] = state.Variables.DeepClone(),
            ["bookmarks"] = new JsonArray(state.Bookmarks.Select(b => (JsonNode)new JsonObject
            {
                ["id"] = b.Id,
                ["activityId"] = b.ActivityId,
                ["activityType"] = b.ActivityType,
                ["payload"] = b.Payload.DeepClone(),
            }).ToArray()),
            ["effects"] = new JsonArray(result.Effects.Select(e => JsonSerializer.SerializeToNode(e, e.GetType(), Indented)).ToArray()),
            ["incidents"] = new JsonArray(state.Incidents.Select(i => (JsonNode)JsonValue.Create($"{i.ActivityId}: {i.Message}")).ToArray()),
        };
        output.WriteLine(report.ToJsonString(Indented));
        return state.SubStatus == WorkflowSubStatus.Faulted ? 2 : 0;
    }
}
