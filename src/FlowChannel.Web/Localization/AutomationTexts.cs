namespace FlowChannel.Web.Localization;

/// <summary>The words of the automations (智能助手) and channel operations.</summary>
internal static class AutomationTexts
{
    public static readonly IReadOnlyDictionary<string, (string En, string Zh)> Entries = new Dictionary<string, (string, string)>
    {
    };
}
