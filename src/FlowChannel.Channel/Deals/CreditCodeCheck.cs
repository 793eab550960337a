namespace FlowChannel.Channel.Deals;

/// <summary>
/// A credit code after normalisation and whether it is valid; when it is not, <see cref="Problem"/> says why,
/// <see cref="Position"/> (1-based) where, and for a wrong check character the one expected.
/// </summary>
public sealed record CreditCodeCheck(
    string Normalized,
    CreditCodeProblem? Problem,
    int? Position = null,
    char? ExpectedCheckCharacter = null)
{
    public bool IsValid => Problem is null;
}

/// <summary>Why a credit code is not valid.</summary>
public enum CreditCodeProblem
{
    Empty,
    WrongLength,

    /// <summary>A character outside 0–9 and the capitals without I, O, S, V, Z.</summary>
    InvalidCharacter,
    CheckCharacterMismatch,
}
