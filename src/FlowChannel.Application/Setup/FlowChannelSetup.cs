using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Forms;
using FlowChannel.Application.Packs;
using FlowChannel.Application.Packs.Install;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FlowChannel.Application.Setup;

/// <summary>
/// Everything a fresh database needs before the first request: schema, the bundled pack, the admin and,
/// with sample data on, demo users and partners. Safe to run on every start: each step is idempotent.
/// </summary>
public sealed class FlowChannelSetup(IServiceScopeFactory scopes, IOptions<SetupOptions> options, IConfiguration configuration)
{
    public const string AdminPasswordVariable = "FLOWCHANNEL_ADMIN_PASSWORD";
    public const string SamplePasswordVariable = "FLOWCHANNEL_SAMPLE_PASSWORD";

    public async Task<IReadOnlyList<SeededCredential>> InitializeAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);

        var db = services.GetRequiredService<FlowChannelDbContext>();
        await RecordFieldReferenceIndex.BackfillAsync(db, ct);
        await Persistence.FieldValues.RecordFieldValueBackfill.RunAsync(db, ct);
        await Persistence.Facts.RecordFactBackfill.RunAsync(db, ct);
        if (!await db.InstalledPacks.AnyAsync(p => p.PackId == BundledPacks.ChannelManagementId, ct))
        {
            var contentRoot = options.Value.ContentRoot ?? AppContext.BaseDirectory;
            var limits = services.GetRequiredService<IOptions<PackLimits>>().Value;
            var source = BundledPacks.Read(contentRoot, BundledPacks.ChannelManagementId, limits).SourceOrThrow();
            await services.GetRequiredService<IMediator>().Send(new InstallPack(null, source), ct);
        }

        var seeder = services.GetRequiredService<UserSeeder>();
        await seeder.EnsureRolesAsync();
        var created = new List<SeededCredential?>
        {
            await seeder.EnsureUserAsync("admin", "Administrator", RoleNames.Admin, Env(AdminPasswordVariable)),
        };
        if (options.Value.SampleData)
        {
            var sampleUsers = services.GetRequiredService<Channel.SampleData.SampleUsers>();
            created.AddRange(await sampleUsers.EnsureStaffAsync());
            await SeedSampleDataAsync(db, services.GetRequiredService<IMediator>(), ct);
            await SampleDepartments.SeedAsync(db, "manager", ct);
            created.AddRange(await sampleUsers.EnsurePartnerUsersAsync(ct));
        }
        return created.OfType<SeededCredential>().ToList();
    }

    private string? Env(string name) => configuration[name] is { Length: > 0 } value ? value : null;

    /// <summary>The generated sample data (<see cref="Channel.SampleData.ChannelSampleGenerator"/>), once: not when partners are already there.</summary>
    private async Task SeedSampleDataAsync(FlowChannelDbContext db, IMediator mediator, CancellationToken ct)
    {
        if (await db.FormRecords.AnyAsync(r => r.FormId == "partner-profile", ct))
        {
            return;
        }
        await mediator.Send(new Channel.SampleData.GenerateSampleData(null, options.Value.SampleSeed, options.Value.SampleScale), ct);
    }
}
