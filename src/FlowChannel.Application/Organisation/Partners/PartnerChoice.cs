namespace FlowChannel.Application.Organisation.Partners;

/// <summary>A partner organisation as the user admin offers it: its profile record's id, company name and credit code.</summary>
public sealed record PartnerChoice(Guid Id, string Name, string? CreditCode);
