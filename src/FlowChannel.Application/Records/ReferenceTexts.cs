using System.Globalization;
using FlowChannel.Forms.Schema;

namespace FlowChannel.Application.Records;

/// <summary>The messages of the server's reference, uniqueness, option and file checks, in the reader's language.</summary>
internal static class ReferenceTexts
{
    internal static string Message(FieldDefinition field, CultureInfo culture, string zh, string en) =>
        Chinese(culture) ? field.Label.Resolve(culture) + "：" + zh : field.Label.Resolve(culture) + ": " + en;

    internal static string UnknownUser(FieldDefinition field, CultureInfo c) =>
        Message(field, c, "用户不存在或已停用", "the user does not exist or is disabled");

    internal static string UnknownDepartment(FieldDefinition field, CultureInfo c) =>
        Message(field, c, "部门不存在或已停用", "the department does not exist or is inactive");

    internal static string UnknownRecord(FieldDefinition field, CultureInfo c) =>
        Message(field, c, "关联的记录不存在、无权查看或不符合筛选条件", "the linked record does not exist, is not visible to you or does not meet the field's filter");

    internal static string AlreadyUsed(FieldDefinition field, CultureInfo c) =>
        Message(field, c, "该值已被其他记录使用", "this value is already used by another record");

    internal static string UnknownOption(FieldDefinition field, CultureInfo c, string value) =>
        Message(field, c, $"“{value}”不是可选的选项", $"'{value}' is not one of the options");

    internal static string NotYourFile(FieldDefinition field, CultureInfo c, string id) =>
        Message(field, c, $"文件“{id}”不是您上传的", $"file '{id}' is not one of your uploads");

    internal static string FileType(FieldDefinition field, CultureInfo c, string contentType) =>
        Message(field, c, $"不接受此文件类型（{contentType}）", $"files of type {contentType} are not accepted");

    private static bool Chinese(CultureInfo culture) => culture.TwoLetterISOLanguageName == "zh";
}
