namespace FlowChannel.Web.Localization;

/// <summary>The words of the records grid: filters, sorting, columns and saved views.</summary>
internal static class GridTexts
{
    public static readonly IReadOnlyDictionary<string, (string En, string Zh)> Entries = new Dictionary<string, (string, string)>
    {
    };
}
