using FlowChannel.Forms.Validation;
using FlowChannel.Persistence.Entities;

namespace FlowChannel.Application.Organisation.Departments;

/// <summary>
/// Names are unique among the active children of one parent, because imports find a department by its path
/// (<c>渠道部/华东区</c>) and a path must point at one department.
/// </summary>
internal static class DepartmentRules
{
    public const int MaxNameLength = 100;

    public static void CheckNames(string? name, string? nameEn, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(new FieldError("name", "required", "A department needs a (Chinese) name."));
        }
        else if (name.Trim().Length > MaxNameLength || name.Contains('/', StringComparison.Ordinal))
        {
            errors.Add(new FieldError("name", "invalidName", $"At most {MaxNameLength} characters, without '/' (it separates a path)."));
        }
        if (nameEn is { Length: > 0 } && (nameEn.Trim().Length > MaxNameLength || nameEn.Contains('/', StringComparison.Ordinal)))
        {
            errors.Add(new FieldError("nameEn", "invalidName", $"At most {MaxNameLength} characters, without '/' (it separates a path)."));
        }
    }

    public static void CheckUniqueAmongSiblings(OrganisationSnapshot org, Guid? parentId, string name, Guid? self, List<FieldError> errors, string path = "name")
    {
        if (org.Departments.Any(d => d.IsActive && d.ParentId == parentId && d.Id != self && string.Equals(d.Name, name.Trim(), StringComparison.Ordinal)))
        {
            errors.Add(new FieldError(path, "duplicateName", $"Another active department under the same parent is called '{name.Trim()}'."));
        }
    }

    public static Department Find(OrganisationSnapshot org, Guid id) =>
        org.DepartmentsById.GetValueOrDefault(id) ?? throw new Common.NotFoundException("Department", id.ToString());
}
