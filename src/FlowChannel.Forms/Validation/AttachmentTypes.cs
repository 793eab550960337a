using FlowChannel.Forms.Schema;

namespace FlowChannel.Forms.Validation;

/// <summary>
/// The content types a file field accepts, for the server's check against the stored upload (the validator only sees
/// the type the client declares).
/// </summary>
public static class AttachmentTypes
{
    /// <summary>The field's <c>accept</c> list, or what its type implies (images, PNG signatures); empty for any.</summary>
    public static IReadOnlyList<string> Accepted(FieldDefinition field) => AttachmentValues.AcceptedTypes(field);

    /// <summary>Whether <paramref name="contentType"/> matches one of <paramref name="patterns"/> (<c>image/*</c> matches <c>image/png</c>).</summary>
    public static bool Accepts(IReadOnlyList<string> patterns, string contentType) => AttachmentValues.Accepts(patterns, contentType);

    /// <summary>Whether the field's value is stored files: attachments, images or a signature.</summary>
    public static bool IsFileField(FieldDefinition field) => field.Type is FieldType.Attachment or FieldType.Image or FieldType.Signature;
}
