using System.Collections.Concurrent;
using FlowChannel.Forms.Schema;
using FlowChannel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Forms;

/// <summary>
/// Parsed form schemas by (form, version). A stored version never changes, so parsing it once per process
/// is safe; records are always validated against the exact version they pin.
/// </summary>
public sealed class FormSchemaCache
{
    private readonly ConcurrentDictionary<(string FormId, int Version), FormSchema> _schemas = new();

    public async Task<FormSchema> GetAsync(FlowChannelDbContext db, string formId, int version, CancellationToken ct)
    {
        if (_schemas.TryGetValue((formId, version), out var cached))
        {
            return cached;
        }
        var json = await db.FormDefinitions.AsNoTracking()
            .Where(f => f.FormId == formId && f.Version == version)
            .Select(f => f.SchemaJson)
            .SingleOrDefaultAsync(ct)
            ?? throw new Common.NotFoundException("Form", $"{formId} v{version}");
        var parsed = FormSchemaParser.Parse(json);
        var schema = parsed.Schema ?? throw new InvalidOperationException(
            $"Stored form '{formId}' v{version} no longer parses: {string.Join("; ", parsed.Errors.Select(e => $"{e.Pointer}: {e.Message}"))}");
        return _schemas.GetOrAdd((formId, version), schema);
    }

    /// <summary>The latest published version of a form.</summary>
    public async Task<FormSchema> GetPublishedAsync(FlowChannelDbContext db, string formId, CancellationToken ct)
    {
        // Asked on every submission and every workflow write of a record: compiled.
        var version = await Common.CompiledPerModel<Queries>.For(db).PublishedVersion(db, formId, ct)
            ?? throw new Common.NotFoundException("Form", formId);
        return await GetAsync(db, formId, version, ct);
    }

    private sealed class Queries
    {
        public readonly Func<FlowChannelDbContext, string, CancellationToken, Task<int?>> PublishedVersion =
            EF.CompileAsyncQuery((FlowChannelDbContext db, string formId, CancellationToken _) =>
                db.FormDefinitions.AsNoTracking()
                    .Where(f => f.FormId == formId && f.IsPublished)
                    .OrderByDescending(f => f.Version)
                    .Select(f => (int?)f.Version)
                    .FirstOrDefault());
    }
}
