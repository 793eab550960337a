namespace FlowChannel.Forms.Schema;

/// <summary>Bounds on subforms that keep one record's size and validation time predictable.</summary>
public static class SubformLimits
{
    /// <summary>The most rows one subform value may hold, whatever the schema says.</summary>
    public const int MaxRows = 10_000;

    /// <summary>The most columns a subform may have.</summary>
    public const int MaxColumns = 60;

    /// <summary>The most levels of subforms inside subforms: one, as in Jiandaoyun.</summary>
    public const int MaxNesting = 1;

    /// <summary>The key that names the current row in formulas (<c>row.qty</c>), so no field may take it.</summary>
    public const string RowKeyword = "row";
}
