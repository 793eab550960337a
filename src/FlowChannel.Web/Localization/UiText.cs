using System.Globalization;

namespace FlowChannel.Web.Localization;

/// <summary>
/// The UI's own words in English and Simplified Chinese, kept side by side so that a missing translation
/// shows up in review. Form and workflow texts are not here: they carry their own bilingual labels.
/// </summary>
public sealed class UiText
{
    public string this[string key] => Get(key, CultureInfo.CurrentUICulture);

    public static string Get(string key, CultureInfo culture)
    {
        if (!UiTexts.Entries.TryGetValue(key, out var text) && !AccountTexts.Entries.TryGetValue(key, out text)
            && !RecordTexts.Entries.TryGetValue(key, out text) && !AuditTexts.Entries.TryGetValue(key, out text)
            && !AdminTexts.Entries.TryGetValue(key, out text))
        {
            return key;
        }
        return culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? text.Zh : text.En;
    }

    public string Format(string key, params object[] args) => string.Format(CultureInfo.CurrentCulture, this[key], args);
}
