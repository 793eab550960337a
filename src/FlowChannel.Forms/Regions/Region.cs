namespace FlowChannel.Forms.Regions;

/// <summary>One administrative division from <see cref="ChinaRegions"/>: immutable and shared, so look-ups allocate nothing.</summary>
public sealed class Region
{
    private Region[] _children = [];

    internal Region(string code, string name, RegionLevel level, Region? parent)
    {
        Code = code;
        Name = name;
        Level = level;
        Parent = parent;
    }

    /// <summary>The six-digit GB/T 2260 code, such as <c>440305</c>.</summary>
    public string Code { get; }

    /// <summary>The Chinese name, such as <c>南山区</c>.</summary>
    public string Name { get; }

    public RegionLevel Level { get; }

    /// <summary>The region one level up; null for a province.</summary>
    public Region? Parent { get; }

    public string? ParentCode => Parent?.Code;

    /// <summary>The regions one level down, in code order; empty for a district and for a few cities and provinces (东莞市, 香港).</summary>
    public IReadOnlyList<Region> Children => _children;

    public override string ToString() => Code + " " + Name;

    internal void SetChildren(Region[] children) => _children = children;
}
