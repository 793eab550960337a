using FlowChannel.Application.Common;
using FlowChannel.Forms.Validation;

namespace FlowChannel.Application.Records.Import;

/// <summary>The errors of a file that cannot be imported at all (422, path <c>file</c> or <c>mapping.X</c>).</summary>
public static class ImportFileError
{
    public const string Title = "The import file cannot be imported; nothing was written.";

    public static InvalidInputException File(string code, string message) => new(Title, [new FieldError("file", code, message)]);
}
