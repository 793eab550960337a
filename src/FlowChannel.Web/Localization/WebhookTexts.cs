namespace FlowChannel.Web.Localization;

/// <summary>The words of outgoing webhooks and permission-set administration.</summary>
internal static class WebhookTexts
{
    public static readonly IReadOnlyDictionary<string, (string En, string Zh)> Entries = new Dictionary<string, (string, string)>
    {
    };
}
