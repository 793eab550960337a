namespace FlowChannel.Workflows.Runtime;

/// <summary>The bookmark to resume is not in the instance's state: it was already resumed, cancelled, or never existed.</summary>
public sealed class BookmarkNotFoundException : Exception
{
    public BookmarkNotFoundException()
        : this("The bookmark was not found.")
    {
    }

    public BookmarkNotFoundException(string message)
        : base(message)
    {
    }

    public BookmarkNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public BookmarkNotFoundException(string instanceId, string bookmarkId)
        : base($"Instance '{instanceId}' has no open bookmark '{bookmarkId}'.")
    {
        InstanceId = instanceId;
        BookmarkId = bookmarkId;
    }

    public string? InstanceId { get; }

    public string? BookmarkId { get; }
}
