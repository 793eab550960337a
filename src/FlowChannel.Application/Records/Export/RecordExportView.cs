using FlowChannel.Application.Records.Query;

namespace FlowChannel.Application.Records.Export;

/// <summary>
/// Which records and columns an export holds: the records grid's current view. <see cref="Columns"/> are field keys in
/// the order wanted (every visible field when empty); <see cref="Filters"/>, <see cref="Search"/> and <see cref="Sort"/>
/// mean exactly what they mean in a grid query (<see cref="GridQuery"/>, docs/records-query.md) and run in the database,
/// so a saved view exports as it shows. Without sort keys the rows come oldest first.
/// </summary>
public sealed record RecordExportView(
    IReadOnlyList<string>? Columns = null,
    IReadOnlyList<GridFilter>? Filters = null,
    string? Search = null,
    IReadOnlyList<GridSort>? Sort = null,
    string? TimeZone = null);
