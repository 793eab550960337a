using System.Text.Json.Nodes;

namespace FlowChannel.Application.Records.Export;

/// <summary>
/// Which records and columns an export holds: the grid's current view. <see cref="Columns"/> are field keys in the
/// order wanted (every visible field when empty); <see cref="Filters"/> all must hold. The shape is the records grid's
/// filter (<c>field</c>, <c>op</c>, <c>value</c>) so a saved view can be exported as it is.
/// </summary>
public sealed record RecordExportView(IReadOnlyList<string>? Columns = null, IReadOnlyList<ExportFilter>? Filters = null);

/// <summary>
/// One condition: <c>field</c> a top-level field key or <c>$status</c>; <c>op</c> one of eq, ne, contains, notContains,
/// in, notIn, gt, gte, lt, lte, between, empty, notEmpty; <c>value</c> a string, number or boolean (an array for in,
/// notIn and between).
/// </summary>
public sealed record ExportFilter(string Field, string Op, JsonNode? Value = null);
