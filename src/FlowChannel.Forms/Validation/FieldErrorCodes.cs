namespace FlowChannel.Forms.Validation;

/// <summary>The <see cref="FieldError.Code"/> values: part of the public API contract (422 responses carry them).</summary>
public static class FieldErrorCodes
{
    public const string Required = "required";
    public const string Type = "type";
    public const string MinLength = "minLength";
    public const string MaxLength = "maxLength";
    public const string Pattern = "pattern";
    public const string Min = "min";
    public const string Max = "max";
    public const string Precision = "precision";
    public const string Option = "option";
    public const string Email = "email";
    public const string Phone = "phone";
    public const string MaxItems = "maxItems";
    public const string UnknownField = "unknownField";

    /// <summary>An address code that is not a known region, or not inside the region above it.</summary>
    public const string Region = "region";

    public const string Url = "url";
    public const string Location = "location";
    public const string Reference = "reference";
    public const string MinRows = "minRows";
    public const string MaxRows = "maxRows";
    public const string Unique = "unique";
    public const string FileType = "fileType";
    public const string FileSize = "fileSize";

    /// <summary>A custom check of the field (<c>validations</c>) that does not hold.</summary>
    public const string Check = "check";

    /// <summary>A submit check of the form that does not hold; its path is empty (the whole record).</summary>
    public const string SubmitCheck = "submitCheck";

    /// <summary>A formula field that could not be computed (#DIV/0!, a limit…) or whose value is not of its result type.</summary>
    public const string Formula = "formula";

    /// <summary>An option value the writer's permission sets do not let them set (the value kept as it was is always allowed).</summary>
    public const string OptionNotAllowed = "optionNotAllowed";
}
