using System.Globalization;
using System.Net;
using System.Text;
using FlowChannel.Application.Common;
using FlowChannel.Application.Forms;
using FlowChannel.Application.Permissions;
using FlowChannel.Expressions;
using FlowChannel.Forms.Permissions;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Records.Print;

/// <summary>
/// A print-ready HTML page of one or more records of a form (batch print), each on its own sheet. Needs the
/// <c>print</c> action on every record; fields hidden from the reader, or hidden by the form, never reach the template.
/// </summary>
public sealed record PrintRecords(Actor Actor, string FormId, IReadOnlyList<Guid> RecordIds, CultureInfo? Culture = null) : IQuery<string>;

public sealed class PrintRecordsHandler(FlowChannelDbContext db, FormSchemaCache schemas, RecordPermissions permissions, PrintTemplates templates)
    : IQueryHandler<PrintRecords, string>
{
    /// <summary>More than this many records at once is refused: a print job is read by a person, not a machine.</summary>
    public const int MaxRecords = 200;

    public async ValueTask<string> Handle(PrintRecords query, CancellationToken cancellationToken)
    {
        if (query.RecordIds.Count is 0 or > MaxRecords)
        {
            throw new BadRequestException($"Print between 1 and {MaxRecords} records at once.");
        }
        var culture = query.Culture ?? CultureInfo.CurrentUICulture;
        var schema = await schemas.GetPublishedAsync(db, query.FormId, cancellationToken);
        var rights = await permissions.ForFormAsync(query.Actor, schema.Id, cancellationToken);
        var ids = query.RecordIds.Distinct().ToList();
        var records = await permissions.Reachable(db.FormRecords.AsNoTracking(), rights, FormAction.View)
            .Where(r => r.FormId == schema.Id && ids.Contains(r.Id)).ToListAsync(cancellationToken);
        if (records.Count != ids.Count)
        {
            throw new NotFoundException("Record", string.Join(",", ids.Except(records.Select(r => r.Id))));
        }
        if (!rights.Can(FormAction.Print))
        {
            throw new ForbiddenException($"You may not print records of form '{schema.Id}'.");
        }
        var hiddenByForm = schema.Fields.Where(f => f.Hidden).Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var body = new StringBuilder();
        foreach (var record in ids.Select(id => records.Single(r => r.Id == id)))
        {
            var visible = RecordView.From(record, rights).Data;
            foreach (var key in hiddenByForm)
            {
                visible.Remove(key);
            }
            string html;
            try
            {
                html = templates.Render(schema, record, visible, culture);
            }
            catch (ExpressionException e)
            {
                html = $"<p class=\"print-error\">{WebUtility.HtmlEncode($"The print template failed: {e.Message}")}</p>";
            }
            body.Append("<section class=\"sheet\">").Append(html).Append("</section>\n");
        }
        return PrintPage.Html(schema.Title.Resolve(culture), culture, body.ToString());
    }
}
