using System.Text.Json.Nodes;
using FlowChannel.Persistence.Entities;

namespace FlowChannel.Persistence.Tests.Bulk;

/// <summary>New records whose JSON fills every kind of side row (values of each type, references, subforms, addresses), with unique claims.</summary>
public static class NewRecordSamples
{
    public static List<FormRecord> Records() =>
    [
        Record(1, new JsonObject
        {
            ["title"] = "Widget 甲", ["amount"] = 12.5, ["qty"] = 3, ["paid"] = true, ["due"] = "2026-11-24",
            ["at"] = "2026-11-24T08:30:00+08:00", ["owner"] = new JsonObject { ["id"] = "user-1", ["name"] = "Alice" },
            ["members"] = new JsonArray(new JsonObject { ["id"] = "u-2", ["name"] = "Bob" }, new JsonObject { ["id"] = "u-3" }),
            ["order"] = new JsonObject { ["id"] = BulkSamples.LinkedId.ToString(), ["name"] = "Order 7" },
            ["tags"] = new JsonArray("a", "b", "a"),
            ["items"] = new JsonArray(new JsonObject { ["sku"] = "S1", ["qty"] = 2 }, new JsonObject { ["sku"] = "S2", ["qty"] = 5, ["tags"] = new JsonArray("x") }),
            ["address"] = new JsonObject { ["provinceName"] = "浙江", ["cityName"] = "杭州", ["detail"] = "1 Road" },
            ["place"] = new JsonObject { ["lat"] = 30.2, ["lng"] = 120.1, ["address"] = "West Lake" },
            ["long"] = new string('x', 500), ["nothing"] = null,
        }),
        Record(2, new JsonObject { ["title"] = null, ["owner"] = new JsonObject { ["id"] = "user-1", ["name"] = "Alice" }, ["paid"] = false }),
        Record(3, []),
    ];

    public static List<RecordUniqueValue> Uniques() =>
    [
        new() { FormId = "side-form", FieldKey = "title", ValueHash = new string('a', 64), RecordId = IdOf(1) },
        new() { FormId = "side-form", FieldKey = "code", ValueHash = new string('b', 64), RecordId = IdOf(1) },
        new() { FormId = "side-form", FieldKey = "code", ValueHash = new string('c', 64), RecordId = IdOf(2) },
    ];

    public static Guid IdOf(int n) => Guid.Parse($"c0ffee00-0000-4000-8000-{n:D12}");

    private static FormRecord Record(int n, JsonObject data) => new()
    {
        Id = IdOf(n), FormId = "side-form", FormVersion = 2, DataJson = data.ToJsonString(), OwnerUserId = "importer",
        CreatedByUserId = "importer", DepartmentId = n == 1 ? Guid.Parse("a0a0a0a0-1111-2222-3333-444455556666") : null,
        CreatedAt = new DateTime(2026, 11, 24, 12, 0, 0, DateTimeKind.Utc).AddTicks(n), UpdatedAt = new DateTime(2026, 11, 24, 12, 0, 0, DateTimeKind.Utc).AddTicks(n),
    };
}
