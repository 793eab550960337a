namespace FlowChannel.Channel.Deals;

/// <summary>
/// An earlier active registration of the same customer inside the protection window, with what matched and how
/// many days lie between the two registrations, for the channel manager to decide.
/// </summary>
public sealed record DealMatch(
    string RegistrationId,
    string PartnerId,
    string CustomerName,
    DateOnly RegisteredOn,
    RegistrationStatus Status,
    MatchBasis Basis,
    int DaysApart);

/// <summary>What identified the same customer.</summary>
public enum MatchBasis
{
    /// <summary>The same valid credit code (the names differ after normalisation).</summary>
    CreditCode,

    /// <summary>The same normalised name (no valid code on one side, or different codes).</summary>
    Name,
    CreditCodeAndName,
}
