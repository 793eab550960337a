namespace FlowChannel.Application.Common;

/// <summary>The author recorded for data that workflows and imports write on their own.</summary>
public static class SystemUser
{
    public const string Id = "system";
}
