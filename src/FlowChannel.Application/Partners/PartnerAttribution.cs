using System.Text.Json.Nodes;
using FlowChannel.Forms.Schema;

namespace FlowChannel.Application.Partners;

/// <summary>
/// Which partner organisation a record belongs to (<see cref="Persistence.Entities.FormRecord.PartnerId"/>), the key of
/// the "my partner's" data scope. A partner profile is the partner itself. A record a partner's user writes is their
/// partner's, whatever it links to. A record staff write about a partner (an order, a rebate statement, a lead) is
/// that partner's when the form has a top-level link to the partner profile: otherwise the partner could never see
/// the orders and statements kept about them.
/// </summary>
public static class PartnerAttribution
{
    /// <summary>The partner of a new record.</summary>
    /// <param name="schema">The record's form.</param>
    /// <param name="data">The record's validated data.</param>
    /// <param name="recordId">The new record's id.</param>
    /// <param name="writerPartnerId">The partner of the user the record is written by or for; null for staff.</param>
    public static Guid? ForNew(FormSchema schema, JsonObject data, Guid recordId, Guid? writerPartnerId) =>
        schema.Id == PartnerDirectory.ProfileFormId ? recordId : writerPartnerId ?? LinkedPartner(schema, data);

    /// <summary>
    /// The partner of a changed record: a change by staff follows the record's partner link; a partner's user cannot
    /// move a record to another partner, so their change keeps it where it is.
    /// </summary>
    public static Guid? ForChanged(FormSchema schema, JsonObject data, Guid? currentPartnerId, Guid? writerPartnerId) =>
        schema.Id == PartnerDirectory.ProfileFormId || writerPartnerId is not null
            ? currentPartnerId
            : LinkedPartner(schema, data) ?? currentPartnerId;

    /// <summary>The first top-level link field to the partner profile, or null when the form has none.</summary>
    public static FieldDefinition? PartnerField(FormSchema schema) =>
        schema.Fields.FirstOrDefault(f => f.Type == FieldType.Link && f.Link?.Form == PartnerDirectory.ProfileFormId);

    private static Guid? LinkedPartner(FormSchema schema, JsonObject data) =>
        PartnerField(schema) is { } field
            && data[field.Key] is JsonObject reference
            && reference["id"] is JsonValue id && id.TryGetValue<string>(out var text) && Guid.TryParse(text, out var partnerId)
            ? partnerId
            : null;
}
