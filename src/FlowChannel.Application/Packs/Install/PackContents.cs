using FlowChannel.Forms.Schema;
using FlowChannel.Workflows.Model;

namespace FlowChannel.Application.Packs.Install;

/// <summary>The parsed forms and workflows of a pack that passed its checks.</summary>
public sealed record CheckedPack(
    PackSource Source,
    IReadOnlyList<CheckedForm> Forms,
    IReadOnlyList<CheckedWorkflow> Workflows,
    IReadOnlyList<SampleRecord> SampleRecords);

public sealed record CheckedForm(string File, FormSchema Schema, string Json);

public sealed record CheckedWorkflow(string File, WorkflowDefinition Definition, string Json);

/// <summary>A record of the pack's sample data: the form it belongs to and its values.</summary>
public sealed record SampleRecord(string File, string At, string FormId, System.Text.Json.Nodes.JsonObject Data);
