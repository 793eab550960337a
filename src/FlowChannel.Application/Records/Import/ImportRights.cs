using FlowChannel.Application.Common;
using FlowChannel.Application.Partners;
using FlowChannel.Application.Permissions;
using FlowChannel.Forms.Permissions;
using FlowChannel.Forms.Schema;

namespace FlowChannel.Application.Records.Import;

/// <summary>Who may import into a form: the <c>import</c> action, checked at upload, at each run and again by the run itself.</summary>
public static class ImportRights
{
    public static void Demand(FormSchema schema, FormRights rights)
    {
        if (!rights.Can(FormAction.Import))
        {
            throw new ForbiddenException($"You may not import records into form '{schema.Id}'.");
        }
        // Each imported record is stamped with the importer's partner, as a submission is; a partner profile is the one
        // form whose records are partners themselves, so a partner's user importing there would found new partners.
        if (schema.Id == PartnerDirectory.ProfileFormId && rights.Position.PartnerId is not null && !rights.IsAdmin)
        {
            throw new ForbiddenException("A partner's user cannot import partner profiles: each would become a new partner.");
        }
    }
}
