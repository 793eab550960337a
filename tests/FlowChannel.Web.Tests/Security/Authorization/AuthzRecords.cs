using System.Text.Json.Nodes;

namespace FlowChannel.Web.Tests.Security.Authorization;

/// <summary>Bodies of the records the fixture and tests submit.</summary>
internal static class AuthzRecords
{
    public static JsonObject Claim(Guid partnerProfileId, JsonObject evidence, string remarks) => new()
    {
        ["partner"] = new JsonObject { ["id"] = partnerProfileId.ToString() },
        ["contactName"] = "李雷",
        ["contactPhone"] = "13800138000",
        ["claimType"] = "rebate",
        ["periodStart"] = "2026-07-01",
        ["periodEnd"] = "2026-09-30",
        ["lines"] = new JsonArray(new JsonObject { ["product"] = "A-1", ["quantity"] = 3, ["unitPrice"] = 100 }),
        ["evidence"] = new JsonArray(evidence.DeepClone()),
        ["remarks"] = remarks,
    };

    /// <summary>
    /// A deal as a client would send it, including values for the fields its sets may hide or lock: those must be
    /// dropped at submit and the stored record must hold the defaults.
    /// </summary>
    public static JsonObject Deal(string title, Guid? partnerProfileId = null, JsonObject? contract = null, string? ownerUserId = null)
    {
        var deal = new JsonObject
        {
            ["title"] = title,
            ["amount"] = 1000,
            [AuthzForms.Secret] = "client-written secret " + title,
            [AuthzForms.ReadOnlyScore] = 99,
            [AuthzForms.ReadOnlyCode] = "CLIENT",
        };
        if (partnerProfileId is { } partner)
        {
            deal["partner"] = new JsonObject { ["id"] = partner.ToString() };
        }
        if (contract is not null)
        {
            deal["contract"] = new JsonArray(contract.DeepClone());
        }
        if (ownerUserId is not null)
        {
            deal["owner"] = new JsonObject { ["id"] = ownerUserId };
        }
        return deal;
    }
}
