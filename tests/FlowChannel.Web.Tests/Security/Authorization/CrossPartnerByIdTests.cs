using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Web.Tests.Security.Authorization;

/// <summary>
/// Partner A's users (the partner admin and a plain partner user) go after partner B's objects by id through every
/// endpoint that takes one: what they may not see answers 404 exactly like a missing object, what their role may never
/// do answers 403, the answer names nothing of B's, and nothing of B's changes.
/// </summary>
[Collection(AuthorizationGroup.Name)]
public sealed class CrossPartnerByIdTests(AuthorizationFixture fixture)
{
    private static readonly string[] Requests =
    [
        "GET /api/records/{claim} 404",
        "GET /api/records/{profile} 404",
        "GET /api/records/{application} 404",
        "GET /api/records/{deal} 404",
        "PUT /api/records/{claim} 404",
        "PUT /api/records/{profile} 404",
        "PUT /api/records/{application} 404",
        "PUT /api/records/{deal} 404",
        "DELETE /api/records/{claim} 404",
        "DELETE /api/records/{profile} 404",
        "DELETE /api/records/{application} 404",
        "DELETE /api/records/{deal} 404",
        "GET /api/files/{evidence} 404",
        "GET /api/files/{contract} 404",
        "GET /api/workflow-instances/{instance} 404",
        "POST /api/workflow-instances/{instance}/retry 403",
        "GET /api/tasks/{task} 404",
        // Acting on a task someone else holds is documented as 403 (TaskApi), for the submitter as for strangers.
        "POST /api/tasks/{task}/actions 403",
        "GET /api/record-drafts/{draft} 404",
        "PUT /api/record-drafts/{draft} 404",
        "DELETE /api/record-drafts/{draft} 404",
        "GET /api/forms/incentive-claim/fields/partner/link-copy/{profile} 404",
        "GET /api/forms/authz-deals/fields/partner/link-copy/{profile} 404",
    ];

    public static TheoryData<string, string> PartnerAUsersAgainstB()
    {
        var data = new TheoryData<string, string>();
        foreach (var user in AuthzUsers.OfPartnerA)
        {
            foreach (var request in Requests)
            {
                data.Add(user, request);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(PartnerAUsersAgainstB))]
    public async Task Partner_A_cannot_reach_partner_B_objects_by_id(string user, string request)
    {
        var parts = request.Split(' ');
        var (method, url, expected) = (parts[0], fixture.Resolve(parts[1]), (HttpStatusCode)int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture));
        var before = await fixture.OfPartnerBAsync();

        using var message = new HttpRequestMessage(new HttpMethod(method), url) { Content = BodyFor(method, url) };
        var response = await fixture.Client(user).SendAsync(message);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{user} {method} {url}: expected {(int)expected}, got {(int)response.StatusCode} {body}");
        // The refusal itself must not give B's data away (ids in the URL are the caller's own input).
        foreach (var leak in fixture.LeaksOf("B").Where(l => !url.Contains(l, StringComparison.Ordinal)))
        {
            Assert.DoesNotContain(leak, body, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Equal(before, await fixture.OfPartnerBAsync());
    }

    /// <summary>A body that would change something if the request were let through.</summary>
    private static JsonContent? BodyFor(string method, string url) => (method, url) switch
    {
        ("PUT", _) when url.Contains("/record-drafts/", StringComparison.Ordinal) => JsonContent.Create(new { data = new { remarks = "overwritten by A" } }),
        ("PUT", _) => JsonContent.Create(new { data = new JsonObject { ["remarks"] = "changed by A", ["contactName"] = "A", ["title"] = "A" } }),
        ("POST", _) when url.EndsWith("/actions", StringComparison.Ordinal) => JsonContent.Create(new { action = "approve", comment = "approved by A" }),
        ("POST", _) => JsonContent.Create(new { }),
        _ => null,
    };

    [Theory]
    [MemberData(nameof(PartnerAUsers))]
    public async Task Partner_A_cannot_file_a_claim_for_partner_B(string user)
    {
        var client = fixture.Client(user);
        var evidence = await client.UploadPdfAsync("mine.pdf");
        var before = await CountClaimsAsync();

        var response = await client.PostAsJsonAsync("/api/forms/incentive-claim/records",
            new { data = AuthzRecords.Claim(fixture.PartnerB, evidence, "claim for someone else") });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("partner", (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]![0]!["path"]!.GetValue<string>());
        Assert.Equal(before, await CountClaimsAsync());
    }

    [Theory]
    [MemberData(nameof(PartnerAUsers))]
    public async Task Partner_A_cannot_attach_partner_B_files(string user)
    {
        var before = await CountClaimsAsync();
        var borrowed = new JsonObject { ["id"] = fixture.EvidenceOfB, ["name"] = "borrowed.pdf", ["size"] = 14, ["contentType"] = "application/pdf" };

        var response = await fixture.Client(user).PostAsJsonAsync("/api/forms/incentive-claim/records",
            new { data = AuthzRecords.Claim(fixture.PartnerA, borrowed, "claim with B's evidence") });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("evidence[0].id", (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]![0]!["path"]!.GetValue<string>());
        Assert.Equal(before, await CountClaimsAsync());
    }

    /// <summary>Finishing someone else's draft would delete it with the submission: it must answer as if it did not exist.</summary>
    [Theory]
    [MemberData(nameof(PartnerAUsers))]
    public async Task Partner_A_cannot_finish_partner_B_draft(string user)
    {
        var client = fixture.Client(user);
        var evidence = await client.UploadPdfAsync("draft-finish.pdf");
        var before = await fixture.OfPartnerBAsync();
        var claims = await CountClaimsAsync();

        var response = await client.PostAsJsonAsync("/api/forms/incentive-claim/records",
            new { data = AuthzRecords.Claim(fixture.PartnerA, evidence, "finishing B's draft"), draftId = fixture.DraftOfB });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(claims, await CountClaimsAsync());
        Assert.Equal(before, await fixture.OfPartnerBAsync());
    }

    public static TheoryData<string> PartnerAUsers() => [.. AuthzUsers.OfPartnerA];

    private Task<int> CountClaimsAsync() =>
        fixture.WithDbAsync(db => db.FormRecords.CountAsync(r => r.FormId == "incentive-claim"));
}
