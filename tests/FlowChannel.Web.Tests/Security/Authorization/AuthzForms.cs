using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace FlowChannel.Web.Tests.Security.Authorization;

/// <summary>
/// The forms the authorization tests publish through the form API as admin: a deals form whose permission sets
/// exercise hidden, read and edit fields and every data scope, and new versions of partner-profile whose
/// <c>owner</c> is a member field (what the "managed partners" scope reads).
/// </summary>
internal static class AuthzForms
{
    public const string Deals = "authz-deals";

    /// <summary>What a partner sees of a deal but may not set, and what only staff see at all.</summary>
    public const string Secret = "secretNote";
    public const string ReadOnlyScore = "reviewScore";
    public const string ReadOnlyCode = "internalCode";
    public const string InternalCodeDefault = "STD";

    public static async Task PublishDealsAsync(HttpClient admin) => await PublishAsync(admin, JsonNode.Parse(DealsSchema)!.AsObject());

    /// <summary>
    /// A text field cannot become a member field in one step (records would hold text where ids are expected), so the
    /// shipped profile's text <c>owner</c> is removed in one version and added back as a member field in the next.
    /// </summary>
    public static async Task<int> PublishProfileWithMemberOwnerAsync(HttpClient admin)
    {
        var current = (await admin.GetFromJsonAsync<JsonObject>("/api/forms/partner-profile/versions/1"))!["schema"]!.AsObject();
        var fields = current["fields"]!.AsArray();
        var owner = fields.Single(f => f!["key"]!.GetValue<string>() == "owner")!;
        var ownerIndex = fields.IndexOf(owner);

        var withoutOwner = current.DeepClone().AsObject();
        withoutOwner["fields"]!.AsArray().RemoveAt(ownerIndex);
        await PublishAsync(admin, withoutOwner);

        var withMember = current.DeepClone().AsObject();
        withMember["fields"]![ownerIndex] = new JsonObject { ["key"] = "owner", ["type"] = "member", ["label"] = "Owner" };
        return await PublishAsync(admin, withMember);
    }

    private static async Task<int> PublishAsync(HttpClient admin, JsonObject schema)
    {
        var id = schema["id"]!.GetValue<string>();
        var saved = await admin.PutAsJsonAsync($"/api/forms/{id}/draft", schema);
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        var published = await admin.PostAsync($"/api/forms/{id}/publish", null);
        var body = await published.Content.ReadAsStringAsync();
        Assert.True(published.IsSuccessStatusCode, body);
        return JsonNode.Parse(body)!["version"]!.GetValue<int>();
    }

    // partners: submit and follow their partner's deals, never see the secret, never set score or code.
    // sales (custom role): their department and below, may edit, same field limits.
    // finance: only deals that name them as owner (memberField). account managers: deals of the partners they own,
    // without secret or contract. channel managers: all, may edit but not delete, read the secret.
    private const string DealsSchema = """
        {
          "id": "authz-deals", "version": 1, "title": "AuthZ deals",
          "fields": [
            {"key": "title", "type": "text", "label": "Title", "required": true},
            {"key": "amount", "type": "number", "label": "Amount"},
            {"key": "owner", "type": "member", "label": "Owner"},
            {"key": "reviewScore", "type": "number", "label": "Review score"},
            {"key": "internalCode", "type": "text", "label": "Internal code", "defaultValue": "STD"},
            {"key": "secretNote", "type": "text", "label": "Secret note"},
            {"key": "contract", "type": "attachment", "label": "Contract"},
            {"key": "partner", "type": "link", "label": "Partner",
             "link": {"form": "partner-profile", "displayField": "companyName", "searchFields": ["companyName", "screeningScore"]}},
            {"key": "partnerByScore", "type": "link", "label": "Partner by score",
             "link": {"form": "partner-profile", "displayField": "screeningScore"}},
            {"key": "partnerScores", "type": "related", "label": "Partner scores",
             "related": {"form": "partner-profile", "where": [{"field": "status", "op": "eq", "value": "'active'"}],
                         "columns": ["companyName", "screeningScore"], "limit": 50}},
            {"key": "scorePick", "type": "select", "label": "Score pick",
             "optionsFrom": {"form": "partner-profile", "valueField": "screeningScore", "labelField": "companyName"}},
            {"key": "companyPick", "type": "select", "label": "Company pick",
             "optionsFrom": {"form": "partner-profile", "valueField": "companyName"}},
            {"key": "creditCodeInput", "type": "text", "label": "Credit code"},
            {"key": "linkedCity", "type": "text", "label": "City",
             "defaultLink": {"form": "partner-profile", "where": [{"field": "creditCode", "op": "eq", "value": "creditCodeInput"}], "take": "city"}}
          ],
          "permissions": {"sets": [
            {"key": "partners", "roles": ["partner", "partner-admin"], "actions": ["add", "view", "export"], "scope": "myPartner",
             "fieldDefault": "edit", "fields": {"secretNote": "hidden", "reviewScore": "read", "internalCode": "read"}},
            {"key": "sales", "roles": ["authz-sales"], "actions": ["add", "view", "edit", "export"], "scope": "myDepartment",
             "fieldDefault": "edit", "fields": {"secretNote": "hidden", "reviewScore": "read", "internalCode": "read"}},
            {"key": "assigned", "roles": ["finance"], "actions": ["view"], "scope": {"kind": "memberField", "field": "owner"},
             "fieldDefault": "read", "fields": {"secretNote": "hidden"}},
            {"key": "account-managers", "roles": ["authz-account-manager"], "actions": ["view", "export"], "scope": "managedPartners",
             "fieldDefault": "read", "fields": {"secretNote": "hidden", "contract": "hidden"}},
            {"key": "channel", "roles": ["channel-manager"], "actions": ["view", "edit", "export"], "scope": "all",
             "fieldDefault": "edit", "fields": {"secretNote": "read"}}
          ]}
        }
        """;
}
