namespace FlowChannel.Persistence.Entities;

/// <summary>
/// An entity guarded by optimistic concurrency: <see cref="Version"/> is a concurrency token that the
/// context bumps on every update, so two nodes that change the same row cannot both win.
/// An integer token works the same on SQLite, SQL Server and PostgreSQL, unlike rowversion/xmin.
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}
