namespace FlowChannel.Persistence.Entities;

/// <summary>
/// A unit of the organisation that department fields point at and users belong to. Departments are deactivated,
/// not deleted, so records that name one keep a meaningful reference.
/// </summary>
public sealed class Department
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }

    /// <summary>The English name; the Chinese <see cref="Name"/> is shown when null.</summary>
    public string? NameEn { get; set; }
    public Guid? ParentId { get; set; }
    public string? HeadUserId { get; set; }
    public int SortOrder { get; set; }
    public bool IsActive { get; set; } = true;
}
