using FlowChannel.Application.Common;
using FlowChannel.Forms.Permissions;

namespace FlowChannel.Application.Permissions;

/// <summary>
/// The sets of a form that declares none: every signed-in user may submit and follow their own submissions, and
/// channel managers see all records (admins always may do everything, with or without sets).
/// </summary>
internal static class DefaultPermissionSets
{
    public static readonly IReadOnlyList<PermissionSetDefinition> All =
    [
        FromPreset("everyone-submit", PermissionPresets.SubmitOnly, PermissionSetDefinition.Everyone),
        FromPreset("managers-view", PermissionPresets.ViewAll, RoleNames.ChannelManager),
    ];

    private static PermissionSetDefinition FromPreset(string key, string preset, string role)
    {
        var source = new System.Text.Json.Nodes.JsonObject { ["key"] = key, ["preset"] = preset, ["roles"] = new System.Text.Json.Nodes.JsonArray(role) };
        return PermissionSetParser.Parse(source).Set
            ?? throw new InvalidOperationException($"The default permission set '{key}' does not parse.");
    }
}
