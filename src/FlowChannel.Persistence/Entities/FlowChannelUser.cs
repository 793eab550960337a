using Microsoft.AspNetCore.Identity;

namespace FlowChannel.Persistence.Entities;

/// <summary>A person who signs in: employee, approver, admin or an external partner's user.</summary>
public sealed class FlowChannelUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>Preferred UI culture ("zh-CN" or "en"); null follows the browser.</summary>
    public string? Culture { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    /// <summary>The department the user belongs to, if any.</summary>
    public Guid? DepartmentId { get; set; }

    /// <summary>
    /// For a partner's user, the partner organisation they belong to (exactly one): the id of its partner-profile
    /// record. Null for staff.
    /// </summary>
    public Guid? PartnerId { get; set; }
}
