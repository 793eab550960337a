using System.Collections.Concurrent;
using FlowChannel.Persistence;
using FlowChannel.Workflows.Activities;
using FlowChannel.Workflows.Model;
using FlowChannel.Workflows.Serialization;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Workflows;

/// <summary>
/// Parsed workflow definitions by version id. A stored version is immutable and running instances stay
/// on the version they started with, so each version is parsed once per process.
/// </summary>
public sealed class WorkflowDefinitionCache(ActivityRegistry registry)
{
    private readonly ConcurrentDictionary<string, WorkflowDefinition> _definitions = new(StringComparer.Ordinal);

    public async Task<WorkflowDefinition> GetAsync(FlowChannelDbContext db, string versionId, CancellationToken ct)
    {
        if (_definitions.TryGetValue(versionId, out var cached))
        {
            return cached;
        }
        var json = await db.WorkflowDefinitions.AsNoTracking()
            .Where(d => d.Id == versionId)
            .Select(d => d.Json)
            .SingleOrDefaultAsync(ct)
            ?? throw new Common.NotFoundException("Workflow definition version", versionId);
        var read = ElsaJsonReader.Read(json, registry);
        var definition = read.Definition ?? throw new InvalidOperationException(
            $"Stored workflow '{versionId}' no longer reads: {string.Join("; ", read.Errors.Select(e => $"{e.Pointer}: {e.Message}"))}");
        return _definitions.GetOrAdd(versionId, definition);
    }
}
