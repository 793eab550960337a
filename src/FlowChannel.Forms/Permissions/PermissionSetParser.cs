using FlowChannel.Forms.Schema;

namespace FlowChannel.Forms.Permissions;

/// <summary>Reads one stored or edited permission set; with a form's fields, the keys it names are checked against them.</summary>
public static class PermissionSetParser
{
    public static (PermissionSetDefinition? Set, IReadOnlyList<SchemaError> Errors) Parse(JsonObject set, IReadOnlyList<FieldDefinition>? fields = null)
    {
        var reader = new SchemaReader();
        var definition = PermissionsReader.ReadSet(set, string.Empty, fields, reader);
        return (reader.ErrorCount == 0 ? definition : null, reader.Errors);
    }
}
