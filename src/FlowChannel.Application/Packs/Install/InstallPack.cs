using FlowChannel.Application.Common;
using FlowChannel.Application.Partners;
using FlowChannel.Application.Permissions;
using FlowChannel.Application.Workflows;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Mediator;
using Microsoft.AspNetCore.Identity;
using static FlowChannel.Application.Packs.Install.PackActions;

namespace FlowChannel.Application.Packs.Install;

/// <summary>
/// Installs or upgrades a template pack in one transaction, or with <see cref="DryRun"/> only says what it would do.
/// Every check runs first and any error refuses the whole pack. Versions already here are left alone, so installing
/// twice changes nothing; a newer pack publishes new form and workflow versions beside the old ones, which keep serving
/// their records and running instances; a permission set an admin customised is kept. A null actor is the platform
/// itself (first start, the CLI run by whoever holds the server).
/// </summary>
public sealed record InstallPack(Actor? Actor, PackSource Source, bool DryRun = false, bool WithSampleData = false)
    : ICommand<PackInstallReport>;

public sealed class InstallPackHandler(
    FlowChannelDbContext db, PackContentCheck contentCheck, PackPlanner planner, WorkflowPublisher publisher,
    PermissionSetCatalog permissionSets, AuditTrail audit, Channel.SampleData.GenerateSampleDataHandler sampleData,
    Channel.SampleData.SampleUsers sampleUsers, Microsoft.Extensions.Options.IOptions<Setup.SetupOptions> setup)
    : ICommandHandler<InstallPack, PackInstallReport>
{
    public async ValueTask<PackInstallReport> Handle(InstallPack command, CancellationToken cancellationToken)
    {
        PackAdmins.Check(command.Actor);
        var errors = new List<PackError>();
        var pack = await contentCheck.CheckAsync(command.Source, errors, cancellationToken);
        var plan = await planner.PlanAsync(pack, command.WithSampleData, errors, cancellationToken);
        if (errors.Count > 0)
        {
            throw new PackImportException(errors);
        }
        var manifest = command.Source.Manifest;
        var report = new PackInstallReport(manifest.Id, manifest.Name.ToString(), manifest.Version.ToString(), plan.Installed?.Version,
            command.DryRun, plan.Changes, plan.SampleRecords.Count);
        if (command.DryRun)
        {
            return report;
        }

        foreach (var form in plan.FormsToPublish)
        {
            db.FormDefinitions.Add(new FormDefinition
            {
                FormId = form.Schema.Id,
                Version = form.Schema.Version,
                Title = form.Schema.Title.Resolve(System.Globalization.CultureInfo.InvariantCulture),
                SchemaJson = form.Json,
                IsPublished = true,
                PackId = manifest.Id,
            });
            await permissionSets.SyncFromSchemaAsync(form.Schema, manifest.Id, cancellationToken);
        }
        foreach (var workflow in plan.WorkflowsToPublish)
        {
            await publisher.AddVersionAsync(workflow.Definition, workflow.Json, manifest.Id, cancellationToken);
        }
        foreach (var role in plan.Changes.Where(c => c.Kind == "role" && c.Action == Create))
        {
            db.Roles.Add(new IdentityRole(role.Id) { NormalizedName = role.Id.ToUpperInvariant(), ConcurrencyStamp = Guid.NewGuid().ToString() });
        }
        await KeepFilesAsync(command.Source, plan, cancellationToken);
        await PackDashboards.InstallAsync(db, command.Source, cancellationToken);
        await PackAutomations.InstallAsync(db, command.Source, cancellationToken);
        AddSampleRecords(pack, plan);
        await RecordInstalledAsync(command, plan, cancellationToken);
        var (generated, demoAccounts) = await GenerateSampleDataAsync(command, plan, cancellationToken);
        report = report with { SampleRecords = plan.SampleRecords.Count + generated, DemoAccounts = demoAccounts };
        var action = plan.Installed is null ? "pack.install" : plan.Installed.Version == report.Version ? "pack.reinstall" : "pack.upgrade";
        audit.Write(command.Actor, action, "Pack", manifest.Id,
            $"version {manifest.Version}{(plan.Installed is null ? "" : $" (was {plan.Installed.Version})")}; "
            + $"{report.Count(Create)} created, {report.Count(Upgrade)} upgraded, {report.Count(Unchanged)} unchanged"
            + (report.SampleRecords > 0 ? $", {report.SampleRecords} sample records" : ""));
        return report;
    }

    private async Task KeepFilesAsync(PackSource source, PackPlan plan, CancellationToken ct)
    {
        foreach (var change in plan.Changes.Where(c => c.Kind == "file" && c.Action is Create or Upgrade or Remove))
        {
            var row = await db.InstalledPackFiles.FindAsync([source.PackId, change.Id], ct);
            if (change.Action == Remove)
            {
                db.InstalledPackFiles.Remove(row!);
            }
            else if (row is null)
            {
                db.InstalledPackFiles.Add(new InstalledPackFile { PackId = source.PackId, Path = change.Id, Content = source.Files[change.Id] });
            }
            else
            {
                row.Content = source.Files[change.Id];
                row.UpdatedAt = DateTime.UtcNow;
            }
        }
    }

    /// <summary>Checked with the submission validator when planned; stored as the platform's own, as first-start sample data is.</summary>
    private void AddSampleRecords(CheckedPack pack, PackPlan plan)
    {
        foreach (var sample in plan.SampleRecords)
        {
            var schema = pack.Forms.Single(f => f.Schema.Id == sample.FormId).Schema;
            var data = RecordValidator.Validate(schema, sample.Data, RecordWriteMode.System).Data;
            var id = Guid.NewGuid();
            db.FormRecords.Add(new FormRecord
            {
                Id = id,
                PartnerId = PartnerAttribution.ForNew(schema, data, id, writerPartnerId: null),
                FormId = schema.Id,
                FormVersion = schema.Version,
                DataJson = data.ToJsonString(),
                Status = RecordStatuses.Approved,
                CreatedByUserId = SystemUser.Id,
            });
        }
    }

    /// <summary>
    /// The Channel Management pack's sample data is generated (<see cref="Channel.SampleData.ChannelSampleGenerator"/>)
    /// rather than read from a file, with the configured seed and scale; the forms are flushed first so the writer finds them.
    /// Its demo users come with it (<see cref="Channel.SampleData.SampleUsers"/>), as at a first start with sample data;
    /// those created now are returned with their passwords, so the admin can hand them out (nothing else shows them).
    /// </summary>
    private async Task<(int Records, List<Setup.SeededCredential> DemoAccounts)> GenerateSampleDataAsync(InstallPack command, PackPlan plan,
        CancellationToken ct)
    {
        var manifest = command.Source.Manifest;
        if (!command.WithSampleData || plan.Installed?.WithSampleData == true || manifest.Id != BundledPacks.ChannelManagementId
            || manifest.Contents.SampleData is not null)
        {
            return (0, []);
        }
        await db.SaveChangesAsync(ct);
        var options = setup.Value;
        var accounts = await sampleUsers.EnsureStaffAsync();
        var total = (await sampleData.Handle(new Channel.SampleData.GenerateSampleData(command.Actor, options.SampleSeed, options.SampleScale), ct)).Total;
        accounts.AddRange(await sampleUsers.EnsurePartnerUsersAsync(ct));
        return (total, accounts);
    }

    private async Task RecordInstalledAsync(InstallPack command, PackPlan plan, CancellationToken ct)
    {
        var manifest = command.Source.Manifest;
        var row = await db.InstalledPacks.FindAsync([manifest.Id], ct);
        if (row is null)
        {
            db.InstalledPacks.Add(row = new InstalledPack { PackId = manifest.Id, Name = manifest.Name.ToString(), Version = manifest.Version.ToString() });
        }
        row.Name = manifest.Name.ToString();
        row.Version = manifest.Version.ToString();
        row.ManifestJson = command.Source.ManifestJson;
        row.WithSampleData |= plan.SampleRecords.Count > 0;
        if (plan.Changes.Any(c => c.Action is Create or Upgrade or Remove))
        {
            row.InstalledAt = DateTime.UtcNow;
        }
    }
}
