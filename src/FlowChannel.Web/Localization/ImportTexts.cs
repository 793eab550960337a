namespace FlowChannel.Web.Localization;

/// <summary>The words of record import and export.</summary>
internal static class ImportTexts
{
    public static readonly IReadOnlyDictionary<string, (string En, string Zh)> Entries = new Dictionary<string, (string, string)>
    {
    };
}
