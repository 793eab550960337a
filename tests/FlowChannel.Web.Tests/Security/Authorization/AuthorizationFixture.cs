using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Setup;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Web.Tests.Api;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Web.Tests.Security.Authorization;

/// <summary>
/// One host with the people and records the authorization tests attack: two partners' users, staff in every role,
/// sales users in a department tree, and records of partner A and partner B (claims with evidence, an application
/// with its flow and task, a draft, deals of the test form with contracts). Everything is made through the API as the
/// user it belongs to; only organisation facts (a user's partner or department) are written through Identity and the
/// database, as an admin tool would.
/// </summary>
public sealed class AuthorizationFixture : IAsyncLifetime
{
    public static readonly Guid RegionId = new("a1a1a1a1-0000-4000-8000-000000000001");
    public static readonly Guid TeamId = new("a1a1a1a1-0000-4000-8000-000000000002");
    public static readonly Guid SquadId = new("a1a1a1a1-0000-4000-8000-000000000003");
    public static readonly Guid OtherId = new("a1a1a1a1-0000-4000-8000-000000000004");

    public const string SecretOfA = "SECRET-OF-PARTNER-A";
    public const string SecretOfB = "SECRET-OF-PARTNER-B";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("flowchannel-authz-");
    private readonly Dictionary<string, HttpClient> _clients = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _userIds = new(StringComparer.Ordinal);

    public FlowChannelHost Host { get; private set; } = default!;

    public Guid PartnerA { get; private set; }
    public Guid PartnerB { get; private set; }

    public Guid ClaimOfA { get; private set; }
    public Guid ClaimOfB { get; private set; }
    public string EvidenceOfA { get; private set; } = "";
    public string EvidenceOfB { get; private set; } = "";

    public Guid ApplicationOfB { get; private set; }
    public string InstanceOfB { get; private set; } = "";
    public Guid TaskOfB { get; private set; }
    public Guid DraftOfB { get; private set; }

    public Guid DealOfA { get; private set; }
    public Guid DealOfB { get; private set; }
    public string ContractOfA { get; private set; } = "";
    public string ContractOfB { get; private set; } = "";

    /// <summary>Deals submitted by the sales users, by department.</summary>
    public IReadOnlyDictionary<Guid, Guid> DealOfDepartment { get; private set; } = new Dictionary<Guid, Guid>();

    /// <summary>A deal whose owner member field names the finance user, and one naming someone else.</summary>
    public Guid DealOwnedByFinance { get; private set; }
    public Guid DealOwnedByManager { get; private set; }

    public HttpClient Client(string userName) => _clients[userName];

    public string UserId(string userName) => _userIds[userName];

    public async Task InitializeAsync()
    {
        Host = new FlowChannelHost(_folder.FullName);
        _ = Host.Server;
        await CreateOrganisationAsync();
        foreach (var user in AuthzUsers.All)
        {
            _clients[user] = await ApiClient.SignInAsync(Host, user, user == AuthzUsers.Admin ? FlowChannelHost.AdminPassword : FlowChannelHost.SamplePassword);
        }
        var admin = Client(AuthzUsers.Admin);
        await AuthzForms.PublishDealsAsync(admin);
        await MakeAccountManagerOwnPartnerAAsync(admin);
        await CreatePartnerRecordsAsync();
        await CreateDealsAsync(admin);
    }

    public async Task DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }
        await Host.DisposeAsync();
        _folder.Delete(recursive: true);
    }

    /// <summary>A scope on the host's services, for reading what is stored.</summary>
    public async Task<T> WithDbAsync<T>(Func<FlowChannelDbContext, Task<T>> read)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>());
    }

    private async Task CreateOrganisationAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<FlowChannelDbContext>();
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in new[] { AuthzUsers.SalesRole, AuthzUsers.AccountManagerRole })
        {
            Assert.True((await roles.CreateAsync(new IdentityRole(role))).Succeeded, role);
        }
        db.Departments.AddRange(
            new Department { Id = RegionId, Name = "华东大区", NameEn = "Region" },
            new Department { Id = TeamId, Name = "上海组", NameEn = "Team", ParentId = RegionId },
            new Department { Id = SquadId, Name = "浦东小队", NameEn = "Squad", ParentId = TeamId },
            new Department { Id = OtherId, Name = "杭州组", NameEn = "Other", ParentId = RegionId });
        await db.SaveChangesAsync();

        PartnerA = (await db.Users.SingleAsync(u => u.UserName == AuthzUsers.PartnerAdminA)).PartnerId!.Value;
        PartnerB = (await db.Users.SingleAsync(u => u.UserName == AuthzUsers.PartnerUserB)).PartnerId!.Value;
        Assert.NotEqual(PartnerA, PartnerB);

        var seeder = services.GetRequiredService<UserSeeder>();
        var password = FlowChannelHost.SamplePassword;
        await seeder.EnsureUserAsync(AuthzUsers.PartnerUserA, "华东智联 · 第二用户", RoleNames.Partner, password, partnerId: PartnerA);
        await seeder.EnsureUserAsync(AuthzUsers.Finance, "财务 Finance", RoleNames.Finance, password);
        await seeder.EnsureUserAsync(AuthzUsers.Designer, "设计 Designer", RoleNames.Designer, password);
        await seeder.EnsureUserAsync(AuthzUsers.AccountManager, "客户经理 Account manager", AuthzUsers.AccountManagerRole, password);
        var sales = new Dictionary<string, Guid>
        {
            [AuthzUsers.SalesRegion] = RegionId,
            [AuthzUsers.SalesTeam] = TeamId,
            [AuthzUsers.SalesSquad] = SquadId,
            [AuthzUsers.SalesOther] = OtherId,
        };
        foreach (var (userName, department) in sales)
        {
            await seeder.EnsureUserAsync(userName, userName, AuthzUsers.SalesRole, password);
            var user = await db.Users.SingleAsync(u => u.UserName == userName);
            user.DepartmentId = department;
        }
        await db.SaveChangesAsync();
        foreach (var user in await db.Users.AsNoTracking().Select(u => new { u.Id, u.UserName }).ToListAsync())
        {
            _userIds[user.UserName!] = user.Id;
        }
    }

    /// <summary>
    /// Publishes a partner-profile whose owner is a member field, moves partners A and B onto it (records pin their
    /// version and there is no migration tool yet, so the pin is moved in the database as an upgrade script would) and
    /// names the account manager as A's owner and the channel manager as B's through the records API.
    /// </summary>
    private async Task MakeAccountManagerOwnPartnerAAsync(HttpClient admin)
    {
        var version = await AuthzForms.PublishProfileWithMemberOwnerAsync(admin);
        await WithDbAsync(db => db.FormRecords.Where(r => r.Id == PartnerA || r.Id == PartnerB)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.FormVersion, version)));
        await admin.PutOkAsync($"/api/records/{PartnerA}", new { data = new { owner = new { id = UserId(AuthzUsers.AccountManager) } } });
        await admin.PutOkAsync($"/api/records/{PartnerB}", new { data = new { owner = new { id = UserId(AuthzUsers.Manager) } } });
    }

    private async Task CreatePartnerRecordsAsync()
    {
        var partnerAdminA = Client(AuthzUsers.PartnerAdminA);
        var partnerUserB = Client(AuthzUsers.PartnerUserB);

        var evidenceA = await partnerAdminA.UploadPdfAsync("evidence-a.pdf");
        EvidenceOfA = evidenceA["id"]!.GetValue<string>();
        ClaimOfA = await partnerAdminA.SubmitAsync("incentive-claim", AuthzRecords.Claim(PartnerA, evidenceA, "claim of partner A"));

        var evidenceB = await partnerUserB.UploadPdfAsync("evidence-b.pdf");
        EvidenceOfB = evidenceB["id"]!.GetValue<string>();
        ClaimOfB = await partnerUserB.SubmitAsync("incentive-claim", AuthzRecords.Claim(PartnerB, evidenceB, "claim of partner B"));

        var application = await partnerUserB.PostOkAsync("/api/forms/partner-application/records", Applications.Strong("前海云拓二期申请有限公司"));
        ApplicationOfB = Guid.Parse(application["recordId"]!.GetValue<string>());
        InstanceOfB = application["workflowInstanceIds"]![0]!.GetValue<string>();
        var task = await PartnerApplicationFlowTests.FindOpenTaskAsync(Client(AuthzUsers.Manager), ApplicationOfB.ToString());
        TaskOfB = Guid.Parse(task["id"]!.GetValue<string>());

        var draft = await partnerUserB.PostOkAsync("/api/forms/incentive-claim/record-drafts", new { data = new { remarks = "draft of partner B" } });
        DraftOfB = Guid.Parse(draft["draft"]!["id"]!.GetValue<string>());
    }

    private async Task CreateDealsAsync(HttpClient admin)
    {
        var userA = Client(AuthzUsers.PartnerUserA);
        var userB = Client(AuthzUsers.PartnerUserB);
        var contractA = await userA.UploadPdfAsync("contract-a.pdf");
        var contractB = await userB.UploadPdfAsync("contract-b.pdf");
        ContractOfA = contractA["id"]!.GetValue<string>();
        ContractOfB = contractB["id"]!.GetValue<string>();
        DealOfA = await userA.SubmitAsync(AuthzForms.Deals, AuthzRecords.Deal("deal of partner A", PartnerA, contractA));
        DealOfB = await userB.SubmitAsync(AuthzForms.Deals, AuthzRecords.Deal("deal of partner B", PartnerB, contractB));
        // Staff write the secret and the score, so that there is something to leak.
        await admin.PutOkAsync($"/api/records/{DealOfA}", new { data = new JsonObject { [AuthzForms.Secret] = SecretOfA, [AuthzForms.ReadOnlyScore] = 7 } });
        await admin.PutOkAsync($"/api/records/{DealOfB}", new { data = new JsonObject { [AuthzForms.Secret] = SecretOfB, [AuthzForms.ReadOnlyScore] = 8 } });

        var byDepartment = new Dictionary<Guid, Guid>();
        foreach (var (userName, department) in new[]
                 {
                     (AuthzUsers.SalesRegion, RegionId), (AuthzUsers.SalesTeam, TeamId), (AuthzUsers.SalesSquad, SquadId), (AuthzUsers.SalesOther, OtherId),
                 })
        {
            byDepartment[department] = await Client(userName).SubmitAsync(AuthzForms.Deals, AuthzRecords.Deal("deal of " + userName));
        }
        DealOfDepartment = byDepartment;

        DealOwnedByFinance = await admin.SubmitAsync(AuthzForms.Deals, AuthzRecords.Deal("deal owned by finance", ownerUserId: UserId(AuthzUsers.Finance)));
        DealOwnedByManager = await admin.SubmitAsync(AuthzForms.Deals, AuthzRecords.Deal("deal owned by manager", ownerUserId: UserId(AuthzUsers.Manager)));
    }
}
