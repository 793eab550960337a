namespace FlowChannel.Web.Localization;

/// <summary>The words of the form and flow designers.</summary>
internal static class DesignerTexts
{
    public static readonly IReadOnlyDictionary<string, (string En, string Zh)> Entries = new Dictionary<string, (string, string)>
    {
    };
}
