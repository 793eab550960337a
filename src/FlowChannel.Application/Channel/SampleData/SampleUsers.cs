using FlowChannel.Application.Common;
using FlowChannel.Application.Setup;
using FlowChannel.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace FlowChannel.Application.Channel.SampleData;

/// <summary>
/// The demo people who come with the sample data, once each: a channel manager and an applicant before the records
/// are written (the manager owns the generated partners), and afterwards one user of each of the two named sample
/// partners, so "a partner sees only its own" can be tried at once. Their password is
/// <see cref="FlowChannelSetup.SamplePasswordVariable"/>, or a generated one returned to be shown.
/// </summary>
public sealed class SampleUsers(UserSeeder seeder, FlowChannelDbContext db, IConfiguration configuration)
{
    private string? Password => configuration[FlowChannelSetup.SamplePasswordVariable] is { Length: > 0 } value ? value : null;

    public async Task<List<SeededCredential>> EnsureStaffAsync() => Created(
    [
        await seeder.EnsureUserAsync("manager", "渠道经理 Channel Manager", RoleNames.ChannelManager, Password),
        await seeder.EnsureUserAsync("applicant", "演示申请人 Demo Applicant", RoleNames.Partner, Password),
    ]);

    public async Task<List<SeededCredential>> EnsurePartnerUsersAsync(CancellationToken ct) => Created(
    [
        await seeder.EnsureUserAsync("partner-admin", "华东智联 · 伙伴管理员 Partner admin", RoleNames.PartnerAdmin, Password,
            partnerId: await PartnerIdAsync(SamplePartners.First, ct)),
        await seeder.EnsureUserAsync("partner-user", "前海云拓 · 伙伴用户 Partner user", RoleNames.Partner, Password,
            partnerId: await PartnerIdAsync(SamplePartners.Second, ct)),
    ]);

    private async Task<Guid?> PartnerIdAsync(string creditCode, CancellationToken ct)
    {
        var quoted = $"\"{creditCode}\"";
        return await db.FormRecords.AsNoTracking()
            .Where(r => r.FormId == "partner-profile" && r.DataJson.Contains(quoted))
            .Select(r => (Guid?)r.Id).FirstOrDefaultAsync(ct);
    }

    private static List<SeededCredential> Created(SeededCredential?[] users) => [.. users.OfType<SeededCredential>()];
}
