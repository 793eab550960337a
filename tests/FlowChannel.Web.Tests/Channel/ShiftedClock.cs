namespace FlowChannel.Web.Tests.Channel;

/// <summary>The system clock moved on by <see cref="Offset"/>: days of SLA pass in a test without waiting for them.</summary>
public sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
}
