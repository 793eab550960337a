namespace FlowChannel.Workflows.Runtime;

/// <summary>The inbound connections (by index in the flowchart) a waiting join has seen followed or skipped.</summary>
internal sealed class JoinProgress
{
    public List<int> Followed { get; init; } = [];

    public List<int> Skipped { get; init; } = [];

    public int Resolved => Followed.Count + Skipped.Count;

    public JoinProgress Clone() => new() { Followed = [.. Followed], Skipped = [.. Skipped] };

    public void Record(int connection, bool followed)
    {
        if (!Followed.Contains(connection) && !Skipped.Contains(connection))
        {
            (followed ? Followed : Skipped).Add(connection);
        }
    }
}
