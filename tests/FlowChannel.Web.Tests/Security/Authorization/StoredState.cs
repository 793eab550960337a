using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Web.Tests.Security.Authorization;

/// <summary>
/// What is stored about the attacked objects, read straight from the database (deleted rows included), so a refused
/// request can be shown to have changed nothing: compare before and after.
/// </summary>
internal static class StoredState
{
    public static Task<string> OfRecordAsync(this AuthorizationFixture fixture, Guid recordId) =>
        fixture.WithDbAsync(async db =>
        {
            var r = await db.FormRecords.IgnoreQueryFilters().AsNoTracking().SingleAsync(x => x.Id == recordId);
            return $"{r.FormVersion}|{r.Version}|{r.Status}|{r.DeletedAt:O}|{r.UpdatedAt:O}|{r.OwnerUserId}|{r.PartnerId}|{r.DataJson}";
        });

    /// <summary>Every object partner B owns that the cross-partner tests attack.</summary>
    public static Task<string> OfPartnerBAsync(this AuthorizationFixture fixture) =>
        fixture.WithDbAsync(async db =>
        {
            var ids = new[] { fixture.ClaimOfB, fixture.PartnerB, fixture.ApplicationOfB, fixture.DealOfB };
            var records = await db.FormRecords.IgnoreQueryFilters().AsNoTracking().Where(r => ids.Contains(r.Id)).OrderBy(r => r.Id)
                .Select(r => $"{r.Id}|{r.Version}|{r.Status}|{r.DeletedAt}|{r.UpdatedAt}|{r.DataJson}").ToListAsync();
            var instance = await db.WorkflowInstances.AsNoTracking().Where(i => i.Id == fixture.InstanceOfB)
                .Select(i => $"{i.Version}|{i.Status}|{i.SubStatus}|{i.UpdatedAt}").SingleAsync();
            var task = await db.WorkflowTasks.AsNoTracking().Where(t => t.Id == fixture.TaskOfB)
                .Select(t => $"{t.Version}|{t.Status}|{t.AssigneeUserId}|{t.Outcome}").SingleAsync();
            var draft = await db.RecordDrafts.AsNoTracking().Where(d => d.Id == fixture.DraftOfB)
                .Select(d => $"{d.Version}|{d.UpdatedAt}|{d.DataJson}").SingleAsync();
            var files = await db.StoredFiles.AsNoTracking().Where(f => f.Id == fixture.EvidenceOfB || f.Id == fixture.ContractOfB)
                .OrderBy(f => f.Id).Select(f => $"{f.Id}|{f.Name}|{f.Size}").ToListAsync();
            Assert.Equal(4, records.Count);
            Assert.Equal(2, files.Count);
            return string.Join("\n", [.. records, instance, task, draft, .. files]);
        });
}
