using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Records;

/// <summary>
/// Claims the values of a record's <c>unique</c> fields in <c>RecordUniqueValues</c>, inside the write's transaction.
/// A value another record holds is refused (422, code <c>unique</c>) after a lookup; a submission racing on another
/// node for the same value is stopped by the table's key: its INSERT waits for the first transaction and then fails,
/// and is refused the same way. The rows are written straight away (not at the final SaveChanges) so that the race
/// surfaces here, where it can be answered as a validation error.
/// </summary>
public sealed class UniqueValueClaims(FlowChannelDbContext db)
{
    public async Task ClaimAsync(string formId, Guid recordId, IReadOnlyList<UniqueValue> values, CultureInfo culture, CancellationToken ct)
    {
        if (values.Count == 0)
        {
            return;
        }
        var claims = values.Select(v => (Value: v, Hash: Hash(v))).ToList();
        var keys = claims.Select(c => c.Value.Field.Key).Distinct().ToList();
        var hashes = claims.Select(c => c.Hash).Distinct().ToList();
        var taken = (await db.RecordUniqueValues.AsNoTracking()
                .Where(u => u.FormId == formId && keys.Contains(u.FieldKey) && hashes.Contains(u.ValueHash) && u.RecordId != recordId)
                .Select(u => new { u.FieldKey, u.ValueHash })
                .ToListAsync(ct))
            .Select(u => (u.FieldKey, u.ValueHash)).ToHashSet();
        var errors = claims.Where(c => taken.Contains((c.Value.Field.Key, c.Hash)))
            .Select(c => Error(c.Value, culture)).ToList();
        if (errors.Count > 0)
        {
            throw new Common.RecordValidationException(errors);
        }
        foreach (var (value, hash) in claims)
        {
            try
            {
                await db.Database.ExecuteSqlAsync(
                    $"""INSERT INTO "RecordUniqueValues" ("FormId", "FieldKey", "ValueHash", "RecordId") VALUES ({formId}, {value.Field.Key}, {hash}, {recordId})""", ct);
            }
            catch (DbException e) when (!e.IsTransient)
            {
                // The key is the table's only constraint, so a failed insert is a concurrent claim of the same value.
                throw new Common.RecordValidationException([Error(value, culture)]);
            }
        }
    }

    private static FieldError Error(UniqueValue value, CultureInfo culture) =>
        new(value.Path, FieldErrorCodes.Unique, ReferenceTexts.AlreadyUsed(value.Field, culture));

    /// <summary>The value as compared: a reference by its id, text as stored (the validator has trimmed it).</summary>
    internal static string Hash(UniqueValue value)
    {
        var text = value.Value is System.Text.Json.Nodes.JsonArray items
            ? string.Join("\u001f", items.Select(JsonValueText.Key).Order(StringComparer.Ordinal))
            : JsonValueText.Key(value.Value) ?? "";
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
