namespace FlowChannel.Application.Partners;

/// <summary>
/// Partners are organisations: each is one record of the partner-profile form, whose id is the partner's id
/// (<see cref="Persistence.Entities.FlowChannelUser.PartnerId"/>, <see cref="Persistence.Entities.FormRecord.PartnerId"/>)
/// and whose <see cref="OwnerField"/> names the channel managers who own it.
/// </summary>
public static class PartnerDirectory
{
    public const string ProfileFormId = "partner-profile";
    public const string OwnerField = "owner";
}
