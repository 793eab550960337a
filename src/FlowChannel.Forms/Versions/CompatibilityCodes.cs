namespace FlowChannel.Forms.Versions;

/// <summary>The stable codes of <see cref="CompatibilityProblem"/>; API clients and tests match on these, not on messages.</summary>
public static class CompatibilityCodes
{
    public const string IdMismatch = "idMismatch";
    public const string VersionNotGreater = "versionNotGreater";
    public const string LossyTypeChange = "lossyTypeChange";
    public const string OptionRemoved = "optionRemoved";
    public const string FieldRemoved = "fieldRemoved";
    public const string FieldAdded = "fieldAdded";
}
