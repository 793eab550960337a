using FlowChannel.Forms.Validation;

namespace FlowChannel.Application.Records.Query;

/// <summary>Sort keys resolved against the form and the caller's rights, each bad one reported at <c>sort[i]</c>; shared by the grid and exports.</summary>
internal static class GridSortKeys
{
    public const int MaxKeys = 5;

    public static async Task<List<(GridField Field, bool Desc)>> ResolveAsync(IReadOnlyList<GridSort> sorts, GridFieldResolver resolver,
        List<FieldError> errors, CancellationToken ct)
    {
        var keys = new List<(GridField, bool)>();
        foreach (var (sort, i) in sorts.Take(MaxKeys).Select((s, i) => (s, i)))
        {
            var (field, error) = await resolver.ResolveAsync(sort.Field ?? "", $"sort[{i}]", allowLinked: false, ct);
            if (error is not null)
            {
                errors.Add(error);
            }
            else
            {
                keys.Add((field!, sort.Desc));
            }
        }
        return keys;
    }
}
