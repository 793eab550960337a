namespace FlowChannel.Web.Localization;

/// <summary>The words of template pack installation and export.</summary>
internal static class PackTexts
{
    public static readonly IReadOnlyDictionary<string, (string En, string Zh)> Entries = new Dictionary<string, (string, string)>
    {
    };
}
