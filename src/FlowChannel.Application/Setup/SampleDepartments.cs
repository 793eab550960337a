using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Setup;

/// <summary>
/// Demo departments for department fields and pickers, with the sample manager in the channel department. Fixed
/// ids keep the step idempotent and let tests and demos name them.
/// </summary>
public static class SampleDepartments
{
    public static readonly Guid ChannelId = new("6f1d3c2a-0b7e-4c51-9a64-1d2e3f405101");
    public static readonly Guid FinanceId = new("6f1d3c2a-0b7e-4c51-9a64-1d2e3f405102");
    public static readonly Guid MarketingId = new("6f1d3c2a-0b7e-4c51-9a64-1d2e3f405103");

    internal static async Task SeedAsync(FlowChannelDbContext db, string managerUserName, CancellationToken ct)
    {
        if (!await db.Departments.AnyAsync(d => d.Id == ChannelId, ct))
        {
            db.Departments.AddRange(
                new Department { Id = ChannelId, Name = "渠道部", NameEn = "Channel", SortOrder = 1 },
                new Department { Id = FinanceId, Name = "财务部", NameEn = "Finance", SortOrder = 2 },
                new Department { Id = MarketingId, Name = "市场部", NameEn = "Marketing", SortOrder = 3 });
            await db.SaveChangesAsync(ct);
        }
        var manager = await db.Users.FirstOrDefaultAsync(u => u.UserName == managerUserName, ct);
        if (manager is { DepartmentId: null })
        {
            manager.DepartmentId = ChannelId;
            await db.SaveChangesAsync(ct);
            await db.Departments.Where(d => d.Id == ChannelId && d.HeadUserId == null)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.HeadUserId, manager.Id), ct);
        }
    }
}
