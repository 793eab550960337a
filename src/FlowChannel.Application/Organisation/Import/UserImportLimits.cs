namespace FlowChannel.Application.Organisation.Import;

/// <summary>
/// Bounds of one import: every row is checked in memory and every new user's password is hashed (deliberately slow),
/// so a file past these is refused up front rather than tying up the server. Split bigger lists into several files.
/// </summary>
public static class UserImportLimits
{
    public const long MaxBytes = 5 * 1024 * 1024;
    public const int MaxRows = 5000;
}
