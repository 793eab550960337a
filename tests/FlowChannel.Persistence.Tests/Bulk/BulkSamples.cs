using FlowChannel.Persistence.Entities;

namespace FlowChannel.Persistence.Tests.Bulk;

/// <summary>Entities covering every column type the model uses, nulls and set values, built afresh on each call.</summary>
public static class BulkSamples
{
    public static readonly Guid FullRecordId = Guid.Parse("6f1c2a9e-0b3d-4e5f-8a7b-9c0d1e2f3a4b");
    public static readonly Guid BareRecordId = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    public static readonly Guid LinkedId = Guid.Parse("d2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f60");

    /// <summary>
    /// A quarter past eight on 24 November 2026, in the machine's zone: the model's converter must store it as UTC. To
    /// the microsecond, PostgreSQL's precision, so it reads back equal everywhere.
    /// </summary>
    public static readonly DateTime LocalMoment = new DateTime(2026, 11, 24, 8, 15, 30, 123, DateTimeKind.Utc).AddTicks(4560).ToLocalTime();

    public static List<FormRecord> Records() =>
    [
        new()
        {
            Id = FullRecordId, FormId = "bulk-form", FormVersion = 7, DataJson = "{}", Status = RecordStatuses.Approved,
            StatusComment = "好的 — ok", OwnerUserId = "owner-1", CreatedByUserId = "creator-1", PartnerId = LinkedId,
            DepartmentId = Guid.Parse("a0a0a0a0-1111-2222-3333-444455556666"), WorkflowInstanceId = "wf-1",
            CreatedAt = LocalMoment, UpdatedAt = new DateTime(2026, 11, 25, 0, 0, 0, DateTimeKind.Utc), Version = 3,
            DeletedAt = null, DeletedByUserId = null,
        },
        new()
        {
            Id = BareRecordId, FormId = "bulk-form", DataJson = "{}", CreatedByUserId = "creator-2",
            CreatedAt = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Unspecified), UpdatedAt = DateTime.UnixEpoch,
            DeletedAt = new DateTime(2026, 11, 24, 23, 59, 59, 999, DateTimeKind.Utc), DeletedByUserId = "admin",
        },
    ];

    public static List<RecordFieldValue> FieldValues() =>
    [
        new() { RecordId = FullRecordId, FormId = "bulk-form", FieldKey = "amount", Ordinal = 0, Number = 1234.5678901234 },
        new() { RecordId = FullRecordId, FormId = "bulk-form", FieldKey = "due", Ordinal = 0, Text = "2026-11-24", Date = LocalMoment },
        new() { RecordId = FullRecordId, FormId = "bulk-form", FieldKey = "link", Ordinal = 1, Text = "Other", LinkedRecordId = LinkedId },
        new() { RecordId = BareRecordId, FormId = "bulk-form", FieldKey = "empty", Ordinal = 0 },
        new() { RecordId = BareRecordId, FormId = "bulk-form", FieldKey = "items.qty", Ordinal = 2, Number = -0.5, Text = new string('长', 400) },
    ];

    public static List<Department> Departments() =>
    [
        new() { Id = Guid.Parse("b1b1b1b1-0000-4000-8000-000000000001"), Name = "销售部", NameEn = "Sales", ParentId = null, HeadUserId = "u-1", SortOrder = 3, IsActive = true },
        new() { Id = Guid.Parse("b1b1b1b1-0000-4000-8000-000000000002"), Name = "Closed", ParentId = Guid.Parse("b1b1b1b1-0000-4000-8000-000000000001"), SortOrder = -1, IsActive = false },
    ];

    public static List<SerialCounter> Counters() =>
    [
        new() { FormId = "bulk-form", FieldKey = "no", Period = "2026-11", Value = 9_000_000_000L },
        new() { FormId = "bulk-form", FieldKey = "no", Period = "", Value = 0 },
    ];
}
