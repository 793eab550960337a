namespace FlowChannel.Web.Localization;

/// <summary>The words of the task inbox (工作台): tabs, batch approve, delegation, withdraw.</summary>
internal static class InboxTexts
{
    public static readonly IReadOnlyDictionary<string, (string En, string Zh)> Entries = new Dictionary<string, (string, string)>
    {
    };
}
