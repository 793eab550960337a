namespace FlowChannel.Channel.Deals;

/// <summary>A deal registration (商机报备): a partner claiming a customer opportunity on a date.</summary>
public sealed record DealRegistration(
    string RegistrationId,
    string PartnerId,
    string CustomerName,
    string? CreditCode,
    DateOnly RegisteredOn,
    RegistrationStatus Status = RegistrationStatus.Pending);

/// <summary>Where a registration stands; rejected, expired and lost ones no longer protect the customer.</summary>
public enum RegistrationStatus
{
    Pending,
    Approved,
    Won,
    Rejected,
    Expired,
    Lost,
}
