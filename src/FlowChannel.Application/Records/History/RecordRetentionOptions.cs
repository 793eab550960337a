namespace FlowChannel.Application.Records.History;

/// <summary>Settings of deleted records (<c>FlowChannel:Records</c>).</summary>
public sealed class RecordRetentionOptions
{
    public const string SectionName = "FlowChannel:Records";

    /// <summary>How many days after its deletion an admin can still restore a record.</summary>
    public int RestoreDays { get; set; } = 30;
}
