namespace FlowChannel.Persistence.Entities;

/// <summary>The last number handed out by one serial field of a form in one period (e.g. a month).</summary>
public sealed class SerialCounter
{
    public required string FormId { get; set; }
    public required string FieldKey { get; set; }

    /// <summary>The serial format's date parts for the period, "" when it never restarts.</summary>
    public required string Period { get; set; }
    public long Value { get; set; }
}
