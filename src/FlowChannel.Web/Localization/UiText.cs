using System.Globalization;

namespace FlowChannel.Web.Localization;

/// <summary>
/// The UI's own words in English and Simplified Chinese, kept side by side so that a missing translation
/// shows up in review. Form and workflow texts are not here: they carry their own bilingual labels.
/// </summary>
public sealed class UiText
{
    public string this[string key] => Get(key, CultureInfo.CurrentUICulture);

    /// <summary>
    /// Every table of words; each feature keeps its own so that files stay small, and a key lives in exactly one.
    /// </summary>
    public static readonly IReadOnlyList<IReadOnlyDictionary<string, (string En, string Zh)>> Tables =
    [
        UiTexts.Entries, AccountTexts.Entries, RecordTexts.Entries, AuditTexts.Entries, AdminTexts.Entries,
        GridTexts.Entries, ImportTexts.Entries, PackTexts.Entries, DesignerTexts.Entries, WebhookTexts.Entries,
        NotificationTexts.Entries, PermissionTexts.Entries, DashboardTexts.Entries,
        InboxTexts.Entries, FlowDesignerTexts.Entries, AutomationTexts.Entries,
    ];

    public static string Get(string key, CultureInfo culture)
    {
        foreach (var table in Tables)
        {
            if (table.TryGetValue(key, out var text))
            {
                return culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? text.Zh : text.En;
            }
        }
        return key;
    }

    public string Format(string key, params object[] args) => string.Format(CultureInfo.CurrentCulture, this[key], args);
}
