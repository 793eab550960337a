using FlowChannel.Application.Common;
using FlowChannel.Application.Setup;
using Mediator;
using Microsoft.Extensions.Options;

namespace FlowChannel.Application.Packs;

/// <summary>Reads a built-in pack so that it can be previewed (a dry run) and installed.</summary>
public sealed record ReadBundledPack(Actor Actor, string PackId) : IQuery<PackSource>;

public sealed class ReadBundledPackHandler(IOptions<SetupOptions> setup, IOptions<PackLimits> limits) : IQueryHandler<ReadBundledPack, PackSource>
{
    public ValueTask<PackSource> Handle(ReadBundledPack query, CancellationToken cancellationToken)
    {
        PackAdmins.Check(query.Actor);
        var root = setup.Value.ContentRoot ?? AppContext.BaseDirectory;
        if (!BundledPacks.Ids(root).Contains(query.PackId, StringComparer.Ordinal))
        {
            throw new NotFoundException("Built-in pack", query.PackId);
        }
        return ValueTask.FromResult(BundledPacks.Read(root, query.PackId, limits.Value).SourceOrThrow());
    }
}
