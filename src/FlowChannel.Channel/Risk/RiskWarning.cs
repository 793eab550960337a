namespace FlowChannel.Channel.Risk;

/// <summary>
/// A risk warning with the figures behind it, in a stable order and with stable names (for example
/// <c>exposure</c>, <c>limit</c>, <c>utilisation</c>), so the pack can store them on the 风险预警 record and show
/// the owner why it was raised. <see cref="Subject"/> names what inside the partner it concerns (a product, a
/// period), when that matters.
/// </summary>
public sealed record RiskWarning(RiskType Type, RiskSeverity Severity, IReadOnlyList<RiskFigure> Figures, string? Subject = null)
{
    /// <summary>The value of the named figure (null when the figure is undefined, e.g. a ratio over zero).</summary>
    /// <exception cref="KeyNotFoundException">The warning has no figure of that name.</exception>
    public decimal? Figure(string name)
    {
        var figure = Figures.FirstOrDefault(f => f.Name == name)
            ?? throw new KeyNotFoundException($"The {Type} warning has no figure '{name}'.");
        return figure.Value;
    }
}

/// <summary>A named figure behind a warning; null when it has no finite value (a ratio over zero).</summary>
public sealed record RiskFigure(string Name, decimal? Value);
