using System.Text.Json.Nodes;
using FlowChannel.Forms.Schema;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Providers;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Records;

/// <summary>
/// Hands out serial numbers inside the submission's transaction: the counter row is created or incremented in place
/// and its new value read back in one statement (<see cref="IDatabaseProvider.NextSerialValueSql"/>), which locks the
/// row until commit, so two submissions never get the same number, and a rolled-back submission gives its number
/// back, so the sequence has no gaps.
/// </summary>
public sealed class SerialNumbers(FlowChannelDbContext db, IDatabaseProvider provider, TimeProvider clock)
{
    public async Task AssignAsync(FormSchema schema, JsonObject data, CancellationToken ct)
    {
        // Periods follow the server's calendar day; set the host's time zone to the business's (TZ=Asia/Shanghai).
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        foreach (var field in schema.Fields)
        {
            if (field.Serial is not { } format)
            {
                continue;
            }
            var period = format.PeriodKey(today);
            // Not composed (no LINQ after it), so EF sends the statement as written.
            var values = await db.Database.SqlQueryRaw<long>(provider.NextSerialValueSql, schema.Id, field.Key, period).ToListAsync(ct);
            var value = values.Single();
            data[field.Key] = format.Format(today, value);
        }
    }
}
