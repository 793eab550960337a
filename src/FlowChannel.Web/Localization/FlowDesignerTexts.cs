namespace FlowChannel.Web.Localization;

/// <summary>The words of the flow designer.</summary>
internal static class FlowDesignerTexts
{
    public static readonly IReadOnlyDictionary<string, (string En, string Zh)> Entries = new Dictionary<string, (string, string)>
    {
    };
}
