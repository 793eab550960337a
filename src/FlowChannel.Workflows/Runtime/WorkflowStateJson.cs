using System.Text.Json.Serialization;

namespace FlowChannel.Workflows.Runtime;

/// <summary>Source-generated serialisation of instance state: no reflection on the hot path of every persisted step.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(WorkflowInstanceState))]
internal sealed partial class WorkflowStateJson : JsonSerializerContext;
