using System.Text.Json.Nodes;
using FlowChannel.Forms.Schema;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Providers;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Records.Import;

/// <summary>
/// Serial numbers for a batch of imported records: the counter is moved on by the batch size in one statement (as
/// <see cref="SerialNumbers"/> moves it by one), inside the import's transaction, so numbers stay gap-free and a
/// rolled-back import gives them all back.
/// </summary>
public sealed class ImportSerials(FlowChannelDbContext db, IDatabaseProvider provider, TimeProvider clock)
{
    public async Task AssignAsync(FormSchema schema, IReadOnlyList<JsonObject> records, CancellationToken ct)
    {
        if (records.Count == 0)
        {
            return;
        }
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        foreach (var field in schema.Fields)
        {
            if (field.Serial is not { } format)
            {
                continue;
            }
            var period = format.PeriodKey(today);
            // The provider's one statement takes the first number (creating the counter if missing); the rest follow.
            var first = (await db.Database.SqlQueryRaw<long>(provider.NextSerialValueSql, schema.Id, field.Key, period).ToListAsync(ct)).Single();
            var counter = db.SerialCounters.Where(c => c.FormId == schema.Id && c.FieldKey == field.Key && c.Period == period);
            var count = records.Count;
            await counter.ExecuteUpdateAsync(s => s.SetProperty(c => c.Value, c => c.Value + (count - 1)), ct);
            var last = first + count - 1;
            for (var i = 0; i < count; i++)
            {
                records[i][field.Key] = format.Format(today, last - count + 1 + i);
            }
        }
    }
}
