using System.Globalization;
using FlowChannel.Persistence.Entities;

namespace FlowChannel.Application.Directory;

/// <summary>A department's name in the reader's language: the English name for English readers when there is one.</summary>
public static class DepartmentNames
{
    public static string For(Department department, CultureInfo? culture = null) =>
        For(department.Name, department.NameEn, culture);

    public static string For(string name, string? nameEn, CultureInfo? culture = null) =>
        (culture ?? CultureInfo.CurrentUICulture).TwoLetterISOLanguageName != "zh" && nameEn is { Length: > 0 } ? nameEn : name;
}
