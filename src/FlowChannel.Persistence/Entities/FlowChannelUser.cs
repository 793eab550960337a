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

    /// <summary>
    /// When an admin disabled the account; null while it is enabled. A disabled user is also locked out (Identity's
    /// lockout until the far future), which is what sign-in, tokens and approver choice check; this column tells a
    /// deliberate disabling apart from a few failed passwords and lets lists filter on it in SQL.
    /// </summary>
    public DateTime? DisabledAt { get; set; }
}
