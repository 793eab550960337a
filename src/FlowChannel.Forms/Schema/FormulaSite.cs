namespace FlowChannel.Forms.Schema;

/// <summary>Where a formula was written: its JSON pointer, and the subform whose rows it runs in (null on the form itself).</summary>
internal sealed record FormulaSite(FieldFormula Formula, string Pointer, string? SubformKey);

/// <summary>Where in the form a list of fields is being read: inside which subform, and how deep in layout containers.</summary>
internal sealed record FieldLevel(string? SubformKey, int Depth, List<FormulaSite> Sites)
{
    /// <summary>Tabs and columns inside tabs and columns: deeper nesting is unreadable on a phone.</summary>
    internal const int MaxLayoutDepth = 3;

    internal FieldFormula? Track(FieldFormula? formula, string pointer)
    {
        if (formula is not null)
        {
            Sites.Add(new FormulaSite(formula, pointer, SubformKey));
        }

        return formula;
    }
}
