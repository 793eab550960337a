namespace FlowChannel.Application.Channel.SampleData;

/// <summary>
/// The generator's source of chance: <see cref="Random"/> seeded explicitly (its seeded sequence is stable across runs
/// and machines), with the few distributions sample data needs. Each partner draws from its own stream, derived from
/// the seed and the partner's number, so one partner's history does not shift when the scale adds partners after it.
/// </summary>
internal sealed class SampleRandom(int seed)
{
    private readonly Random _random = new(seed);

    /// <summary>A stream for item <paramref name="index"/> of <paramref name="purpose"/>, fixed by the seed.</summary>
    public static SampleRandom For(int seed, int purpose, int index) =>
        new(unchecked((int)((uint)seed * 2_654_435_761u ^ (uint)purpose * 40_503u ^ (uint)index * 97_787u)));

    public double Next() => _random.NextDouble();

    public int Next(int maxExclusive) => _random.Next(maxExclusive);

    public int Between(int min, int maxInclusive) => _random.Next(min, maxInclusive + 1);

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>An item chosen with the given weights.</summary>
    public T Pick<T>(IReadOnlyList<(T Item, double Weight)> items)
    {
        var total = items.Sum(i => i.Weight);
        var draw = _random.NextDouble() * total;
        foreach (var (item, weight) in items)
        {
            draw -= weight;
            if (draw < 0)
            {
                return item;
            }
        }
        return items[^1].Item;
    }

    /// <summary>A Pareto draw (minimum 1): with shape ≈ 1.16 a fifth of the draws hold about four fifths of the total.</summary>
    public double Pareto(double shape, double cap) => Math.Min(cap, Math.Pow(1 - _random.NextDouble(), -1 / shape));

    /// <summary>A record id drawn from the stream, so the same seed gives the same ids (and the same links).</summary>
    public Guid NewId()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    /// <summary>Characters of a unified social credit code (digits and capitals without I, O, S, V, Z).</summary>
    public string CodeChars(int length)
    {
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        return string.Create(length, this, (span, random) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = alphabet[random._random.Next(alphabet.Length)];
            }
        });
    }
}
