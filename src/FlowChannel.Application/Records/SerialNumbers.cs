using System.Text.Json.Nodes;
using FlowChannel.Forms.Schema;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Providers;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Records;

/// <summary>
/// Hands out serial numbers inside the submission's transaction: the counter row is incremented in place, which
/// locks it until commit, so two submissions never get the same number, and a rolled-back submission gives its
/// number back, so the sequence has no gaps.
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
            await db.Database.ExecuteSqlRawAsync(provider.InsertSerialCounterIfMissingSql, [schema.Id, field.Key, period], ct);
            var counter = db.SerialCounters.Where(c => c.FormId == schema.Id && c.FieldKey == field.Key && c.Period == period);
            await counter.ExecuteUpdateAsync(s => s.SetProperty(c => c.Value, c => c.Value + 1), ct);
            var value = await counter.Select(c => c.Value).SingleAsync(ct);
            data[field.Key] = format.Format(today, value);
        }
    }
}
