namespace FlowChannel.Forms.Validation;

/// <summary>Who is writing a record, which decides what a write may touch.</summary>
public enum RecordWriteMode
{
    /// <summary>A person through the UI or API: hidden and read-only fields are never written from the input.</summary>
    Client,

    /// <summary>The platform itself (a workflow creating a record): hidden and read-only fields are accepted.</summary>
    System,
}
