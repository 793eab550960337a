using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace FlowChannel.Application.Common;

/// <summary>
/// One instance of <typeparamref name="TQueries"/> (a class of <c>EF.CompileAsyncQuery</c> fields) per EF model. A
/// compiled query is bound to the model it first ran with, and a process may hold several (tests run SQLite and
/// PostgreSQL side by side), so hot look-ups are compiled once per model rather than once per process.
/// </summary>
internal static class CompiledPerModel<TQueries>
    where TQueries : class, new()
{
    private static readonly ConcurrentDictionary<IModel, TQueries> ByModel = new();

    public static TQueries For(DbContext db) => ByModel.GetOrAdd(db.Model, static _ => new TQueries());
}
