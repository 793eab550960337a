using System.Text.Json.Nodes;
using FlowChannel.Persistence.Entities;

namespace FlowChannel.Application.Automations;

/// <summary>An automation as listed and edited: its stored rule JSON with the columns copied out of it.</summary>
public sealed record AutomationView(Guid Id, string FormId, string Key, string Name, string Trigger, bool IsActive, string? PackId,
    bool IsCustomised, JsonNode? Definition, DateTime UpdatedAt)
{
    public static AutomationView From(Automation a) =>
        new(a.Id, a.FormId, a.Key, a.Name, a.TriggerKind, a.IsActive, a.PackId, a.IsCustomised, JsonNode.Parse(a.DefinitionJson), a.UpdatedAt);
}

/// <summary>One line of the run log.</summary>
public sealed record AutomationRunView(Guid Id, Guid AutomationId, string? AutomationName, Guid? RecordId, string Trigger, string Outcome,
    string? Summary, string? Error, int Depth, DateTime At);
