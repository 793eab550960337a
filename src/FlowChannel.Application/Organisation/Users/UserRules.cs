using System.Net.Mail;
using FlowChannel.Application.Common;
using FlowChannel.Forms.Validation;

namespace FlowChannel.Application.Organisation.Users;

/// <summary>
/// The rules every user must keep, checked the same way for the dialog, the API and each import row. Errors carry
/// the field name after <c>prefix</c>, so an import reports <c>rows[7].email</c> where the API says <c>email</c>.
/// </summary>
public static class UserRules
{
    public const int MaxUserNameLength = 64;
    public const int MaxDisplayNameLength = 100;
    public const int MaxEmailLength = 256;

    public static readonly IReadOnlyList<string> Cultures = ["zh-CN", "en"];

    /// <summary>The roles only a partner's own users hold.</summary>
    public static readonly IReadOnlySet<string> PartnerRoles = new HashSet<string>(StringComparer.Ordinal) { RoleNames.Partner, RoleNames.PartnerAdmin };

    /// <summary>
    /// Built-in staff roles a partner's user may never hold: each of them sees every partner's data or changes the
    /// platform. Pack roles are not listed; their permission sets decide what they reach.
    /// </summary>
    public static readonly IReadOnlySet<string> StaffRoles = new HashSet<string>(StringComparer.Ordinal)
    {
        RoleNames.Admin, RoleNames.Designer, RoleNames.ChannelDirector, RoleNames.ChannelManager, RoleNames.Finance,
    };

    /// <summary>Adds an error per broken rule. An import (fromImport) names the columns department and partner; the API names departmentId and partnerId.</summary>
    public static void Check(UserFields fields, OrganisationSnapshot org, string allowedUserNameCharacters, string prefix, List<FieldError> errors,
        bool fromImport = false)
    {
        var (department, partner) = fromImport ? ("department", "partner") : ("departmentId", "partnerId");
        CheckUserName(fields.UserName, allowedUserNameCharacters, prefix + "userName", errors);
        if (string.IsNullOrWhiteSpace(fields.DisplayName))
        {
            errors.Add(new FieldError(prefix + "displayName", "required", "A display name is required."));
        }
        else if (fields.DisplayName.Length > MaxDisplayNameLength)
        {
            errors.Add(new FieldError(prefix + "displayName", "tooLong", $"At most {MaxDisplayNameLength} characters."));
        }
        if (fields.Email is { Length: > 0 } email && !IsEmail(email))
        {
            errors.Add(new FieldError(prefix + "email", "invalidEmail", $"'{email}' is not an email address."));
        }
        if (fields.Culture is { Length: > 0 } culture && !Cultures.Contains(culture, StringComparer.Ordinal))
        {
            errors.Add(new FieldError(prefix + "culture", "unknownCulture", $"Unknown culture '{culture}'; use zh-CN or en."));
        }
        if (fields.DepartmentId is { } departmentId && !(org.DepartmentsById.GetValueOrDefault(departmentId)?.IsActive ?? false))
        {
            errors.Add(new FieldError(prefix + department, "unknownDepartment", $"No active department has the id '{departmentId}'."));
        }
        if (fields.PartnerId is { } partnerId && !org.PartnersById.ContainsKey(partnerId))
        {
            errors.Add(new FieldError(prefix + partner, "unknownPartner", $"No partner organisation has the id '{partnerId}'."));
        }
        CheckRoles(fields, org, prefix + partner, prefix, errors);
    }

    private static void CheckUserName(string? userName, string allowed, string path, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(userName))
        {
            errors.Add(new FieldError(path, "required", "A user name is required."));
        }
        else if (userName.Length > MaxUserNameLength)
        {
            errors.Add(new FieldError(path, "tooLong", $"At most {MaxUserNameLength} characters."));
        }
        else if (userName.FirstOrDefault(c => !allowed.Contains(c)) is var bad && bad != default)
        {
            errors.Add(new FieldError(path, "invalidUserName", $"'{bad}' is not allowed in a user name; use letters, digits and - . _ @ +."));
        }
    }

    private static void CheckRoles(UserFields fields, OrganisationSnapshot org, string partnerPath, string prefix, List<FieldError> errors)
    {
        var roles = fields.Roles ?? [];
        foreach (var unknown in roles.Where(r => !org.Roles.Contains(r)).Distinct(StringComparer.Ordinal))
        {
            errors.Add(new FieldError(prefix + "roles", "unknownRole", $"Unknown role '{unknown}'."));
        }
        var partnerRole = roles.Any(PartnerRoles.Contains);
        if (fields.PartnerId is null && partnerRole)
        {
            errors.Add(new FieldError(partnerPath, "partnerRequired",
                "A user with the partner or partner-admin role belongs to exactly one partner organisation: choose it."));
        }
        if (fields.PartnerId is not null && !partnerRole)
        {
            errors.Add(new FieldError(prefix + "roles", "partnerRoleRequired",
                "A partner organisation's user needs the partner or partner-admin role; staff belong to no partner."));
        }
        if (partnerRole && roles.Where(StaffRoles.Contains).ToList() is { Count: > 0 } staff)
        {
            errors.Add(new FieldError(prefix + "roles", "staffRoleForPartner",
                $"A partner's user cannot also hold the staff role(s) {string.Join(", ", staff)}."));
        }
    }

    /// <summary>Strict enough to catch typos and pasted display names ("王五 &lt;w@x.cn&gt;"), not a full RFC 5322 parser.</summary>
    public static bool IsEmail(string text) =>
        text.Length <= MaxEmailLength && MailAddress.TryCreate(text, out var address) && address.Address == text && text.Contains('.', StringComparison.Ordinal);
}
