using FlowChannel.Application.Common;
using FlowChannel.Application.Organisation.Users;
using FlowChannel.Application.Setup;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Organisation.Import;

/// <summary>
/// Imports users from an .xlsx or .csv file, all or nothing: every row and cell is checked first, and one bad row
/// means nothing is written; the errors name each row and column (<c>rows[7].department</c>). A dry run stops after
/// the checks. Each new user gets a generated password, returned in this answer only, for the admin to hand over.
/// </summary>
public sealed record ImportUsers(Actor Actor, string FileName, byte[] Content, bool DryRun) : ICommand<UserImportResult>;

/// <summary>The users the file holds: created unless this was a dry run, with their passwords after a real import.</summary>
public sealed record UserImportResult(bool DryRun, int Rows, IReadOnlyList<ImportedUser> Users);

/// <summary>One imported user; <c>Password</c> is the generated password, shown this once (null in a dry run).</summary>
public sealed record ImportedUser(int RowNumber, string UserName, string DisplayName, string? Password);

public sealed class ImportUsersHandler(FlowChannelDbContext db, UserAccounts accounts, AuditTrail audit) : ICommandHandler<ImportUsers, UserImportResult>
{
    public const string ErrorTitle = "The import file has errors; nothing was imported.";

    public async ValueTask<UserImportResult> Handle(ImportUsers command, CancellationToken cancellationToken)
    {
        AdminOnly.Check(command.Actor);
        var table = UserImportReader.Read(command.FileName, command.Content);
        var org = await OrganisationSnapshot.LoadAsync(db, cancellationToken);
        var existing = (await db.Users.AsNoTracking().Select(u => u.NormalizedUserName!).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var checker = new ImportRowChecker(org, new ImportLookups(org), accounts, existing);
        var errors = new List<FieldError>();
        var users = table.Rows.Select(row => (Row: row, Fields: checker.Check(row, errors))).ToList();
        if (table.Rows.Count == 0)
        {
            errors.Add(new FieldError("file", "noRows", "The file has a header row but no users."));
        }
        InvalidInputException.ThrowIfAny(ErrorTitle, errors);
        if (command.DryRun)
        {
            return new UserImportResult(true, users.Count, users.Select(u => new ImportedUser(u.Row.RowNumber, u.Fields.UserName!, u.Fields.DisplayName!, null)).ToList());
        }

        var roleIds = await accounts.RoleIdsByNameAsync(cancellationToken);
        var created = users.Select(u => (u.Row, u.Fields, User: accounts.New(u.Fields), Password: PasswordGenerator.Create())).ToList();
        // Hashing is deliberately slow (PBKDF2); spread it over the cores rather than hash 5,000 passwords one by one.
        Parallel.ForEach(created, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
            c => accounts.SetPassword(c.User, c.Password));
        foreach (var c in created)
        {
            UserAccounts.RenewSecurityStamp(c.User);
            db.Users.Add(c.User);
            accounts.AddRoles(c.User.Id, c.Fields.Roles!, roleIds);
            audit.Write(command.Actor, "user.created", "User", c.User.Id, $"{c.User.UserName}; imported from {command.FileName} row {c.Row.RowNumber}");
        }
        audit.Write(command.Actor, "users.imported", "UserImport", null, $"{created.Count} user(s) from {command.FileName}");
        return new UserImportResult(false, created.Count, created.Select(c => new ImportedUser(c.Row.RowNumber, c.User.UserName!, c.User.DisplayName, c.Password)).ToList());
    }
}
