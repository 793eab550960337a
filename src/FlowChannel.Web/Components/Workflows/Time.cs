using System.Globalization;

namespace FlowChannel.Web.Components.Workflows;

/// <summary>Instants as the admin pages show them: local time to the second, nothing for an instant not reached yet.</summary>
public static class Time
{
    public static string Show(DateTime? utc) =>
        utc is { } value ? DateTime.SpecifyKind(value, DateTimeKind.Utc).ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.CurrentCulture) : "";

    public static string Show(DateTimeOffset? instant) => Show(instant?.UtcDateTime);
}
