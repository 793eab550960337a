using FlowChannel.Application.Organisation.Users;
using FlowChannel.Forms.Validation;

namespace FlowChannel.Application.Organisation.Import;

/// <summary>
/// Turns one row into <see cref="UserFields"/> and reports every problem in it, with paths like
/// <c>rows[7].roles</c>: names that match nothing, a user name already taken (by the database or an earlier row),
/// and whatever <see cref="UserRules"/> refuses.
/// </summary>
internal sealed class ImportRowChecker(OrganisationSnapshot org, ImportLookups lookups, UserAccounts accounts, HashSet<string> takenUserNames)
{
    /// <summary>Normalised user names of the file so far, with the row that used each first.</summary>
    private readonly Dictionary<string, int> _inFile = new(StringComparer.Ordinal);

    public UserFields Check(UserImportRow row, List<FieldError> errors)
    {
        var prefix = $"rows[{row.RowNumber}].";
        var department = lookups.Department(row[UserImportColumns.Department]);
        var partner = lookups.Partner(row[UserImportColumns.Partner]);
        var rowErrors = new List<FieldError>();
        if (department.Code is not null)
        {
            rowErrors.Add(new FieldError(prefix + UserImportColumns.Department, department.Code, department.Message!));
        }
        if (partner.Code is not null)
        {
            rowErrors.Add(new FieldError(prefix + UserImportColumns.Partner, partner.Code, partner.Message!));
        }
        // Spreadsheets change case freely ("zh-cn", "EN"); the stored culture keeps the canonical spelling.
        var culture = row[UserImportColumns.Culture] is { } c ? UserRules.Cultures.FirstOrDefault(k => k.Equals(c, StringComparison.OrdinalIgnoreCase)) ?? c : null;
        var fields = new UserFields(row[UserImportColumns.UserName], row[UserImportColumns.DisplayName], row[UserImportColumns.Email],
            culture, department.Id, partner.Id, ImportLookups.Roles(row[UserImportColumns.Roles]));
        var ruleErrors = new List<FieldError>();
        UserRules.Check(fields, org, accounts.AllowedUserNameCharacters, prefix, ruleErrors, fromImport: true);
        // A partner named but not found is already reported; "partner role without partner" would only repeat it.
        rowErrors.AddRange(ruleErrors.Where(e => !(partner.Code is not null && e.Code == "partnerRequired")));
        CheckUnique(fields.UserName, row.RowNumber, prefix, rowErrors);
        errors.AddRange(rowErrors);
        return fields;
    }

    private void CheckUnique(string? userName, int rowNumber, string prefix, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(userName))
        {
            return;
        }
        var normalized = accounts.Normalize(userName);
        if (_inFile.TryGetValue(normalized, out var first))
        {
            errors.Add(new FieldError(prefix + UserImportColumns.UserName, "duplicateInFile", $"'{userName}' is already used by row {first} of this file."));
            return;
        }
        _inFile[normalized] = rowNumber;
        if (takenUserNames.Contains(normalized))
        {
            errors.Add(new FieldError(prefix + UserImportColumns.UserName, "duplicateUserName", $"A user called '{userName}' exists already."));
        }
    }
}
