using System.Text.Json.Nodes;
using FlowChannel.Application.Partners;

namespace FlowChannel.Application.Channel;

/// <summary>The partner profiles the channel activities compute for, by record id.</summary>
public sealed class PartnerProfiles(ChannelFigures figures)
{
    public async Task<Dictionary<Guid, ChannelRecord>> AllAsync(CancellationToken ct) =>
        (await figures.RecordsAsync(PartnerDirectory.ProfileFormId, ct)).ToDictionary(p => p.Id);

    /// <summary>A link field's value pointing at the profile.</summary>
    public static JsonObject Link(ChannelRecord profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new JsonObject { ["id"] = profile.Id.ToString(), ["name"] = profile.Text("companyName") };
    }
}
