using System.Text;
using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Forms.Validation;
using FlowChannel.Application.Files;
using FlowChannel.Application.Packs;
using FlowChannel.Application.Setup;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Channel.SampleData;

/// <summary>
/// Fills the Channel Management pack's forms with generated sample data (see <see cref="ChannelSampleGenerator"/>)
/// in one transaction. A null actor is the platform (first start, the CLI); otherwise only admins may. Without
/// <see cref="LastMonth"/> the history ends with the month before the clock's.
/// </summary>
public sealed record GenerateSampleData(Actor? Actor, int Seed, decimal Scale, DateOnly? LastMonth = null) : ICommand<SampleDataReport>;

/// <summary>What was generated: the spec and the number of records per form.</summary>
public sealed record SampleDataReport(int Seed, decimal Scale, DateOnly LastMonth, IReadOnlyDictionary<string, int> Records)
{
    public int Total => Records.Values.Sum();
}

public sealed class GenerateSampleDataHandler(FlowChannelDbContext db, SampleRecordWriter writer, FileStore files, TimeProvider clock)
    : ICommandHandler<GenerateSampleData, SampleDataReport>
{
    public const decimal MaxScale = 1_000;

    public async ValueTask<SampleDataReport> Handle(GenerateSampleData command, CancellationToken cancellationToken)
    {
        PackAdmins.Check(command.Actor);
        if (command.Scale is < 0 or > MaxScale)
        {
            throw new InvalidInputException("Sample data", [new FieldError("scale", "range", $"The scale is between 0 and {MaxScale}.")]);
        }
        var now = clock.GetUtcNow();
        var lastMonth = command.LastMonth ?? DateOnly.FromDateTime(now.UtcDateTime).AddMonths(-1);
        var spec = new SampleSpec(command.Seed, command.Scale, new DateOnly(lastMonth.Year, lastMonth.Month, 1));
        var quotedFirst = $"\"{SamplePartners.First}\"";
        var includeNamed = !await db.FormRecords.AnyAsync(r => r.FormId == "partner-profile" && r.DataJson.Contains(quotedFirst), cancellationToken);
        var owner = await OwnerAsync(cancellationToken);
        var evidence = await EvidenceAsync(cancellationToken);

        var counts = await writer.WriteAsync(ChannelSampleGenerator.Generate(spec, owner, evidence, includeNamed), cancellationToken);
        if (await db.InstalledPacks.FindAsync([BundledPacks.ChannelManagementId], cancellationToken) is { } pack)
        {
            pack.WithSampleData = true;
        }
        return new SampleDataReport(spec.Seed, spec.Scale, spec.LastMonth, counts);
    }

    /// <summary>The first channel manager by user name owns the sample partners, so their "managed partners" scope reaches them.</summary>
    private async Task<JsonObject?> OwnerAsync(CancellationToken ct)
    {
        var manager = await (
            from user in db.Users
            join link in db.UserRoles on user.Id equals link.UserId
            join role in db.Roles on link.RoleId equals role.Id
            where role.Name == RoleNames.ChannelManager
            orderby user.UserName
            select new { user.Id, user.DisplayName }).FirstOrDefaultAsync(ct);
        return manager is null ? null : new JsonObject { ["id"] = manager.Id, ["name"] = manager.DisplayName };
    }

    /// <remarks>
    /// One small stored file serves as every claim's evidence. It is written to disk before the transaction commits;
    /// should the generation fail, it stays behind unreferenced, as an abandoned upload would.
    /// </remarks>
    private async Task<JsonObject> EvidenceAsync(CancellationToken ct)
    {
        const string name = "sample-evidence.pdf";
        const string type = "application/pdf";
        // The smallest PDF viewers open: a blank page (claims accept PDFs and images only).
        await using var content = new MemoryStream(Encoding.ASCII.GetBytes(
            "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 100]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"));
        var (id, size) = await files.SaveAsync(content, ct);
        db.StoredFiles.Add(new StoredFile { Id = id, Name = name, ContentType = type, Size = size, UploadedByUserId = SystemUser.Id });
        return new JsonObject { ["id"] = id, ["name"] = name, ["size"] = size, ["contentType"] = type };
    }
}
