namespace FlowChannel.Web.CommandLine;

/// <summary>
/// The verbs of the <c>flowchannel</c> executable besides serving: checks and dry runs that need no database.
/// The verbs that do (<c>db migrate</c>, <c>audit verify</c>) run in <c>Program</c> once the host is built.
/// </summary>
public static class CliVerbs
{
    /// <returns>The exit code, or null when <paramref name="args"/> is not a verb (the app should serve).</returns>
    public static int? TryRun(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args switch
        {
            ["form", "check", var file] => FormCheck.Run(file, output, error),
            ["workflow", "check", var file] => WorkflowCheck.Run(file, output, error),
            ["workflow", "run", var file] => WorkflowDryRun.Run(file, "{}", output, error),
            ["workflow", "run", var file, "--input", var input] => WorkflowDryRun.Run(file, input, output, error),
            ["help" or "--help" or "-h"] => Help(output),
            ["db", "migrate"] or ["audit", "verify"] or ["pack", ..] or ["sample", ..] => null,
            [var first, ..] when first is "form" or "workflow" or "db" or "audit" => Usage(error),
            _ => null,
        };
    }

    private static int Help(TextWriter output)
    {
        output.WriteLine("""
            flowchannel                                     serve the app (see README.md)
            flowchannel db migrate                          bring the database schema up to date and exit
            flowchannel audit verify                        check the audit log's hash chain; exit 1 when it is broken
            flowchannel form check FILE                     check a form schema; every problem with its JSON pointer
            flowchannel workflow check FILE                 check an Elsa 3 workflow definition
            flowchannel workflow run FILE [--input JSON]    run a definition in memory; print its final state
            flowchannel pack import PATH [--dry-run] [--sample-data]
                                                            install or upgrade a pack (folder or .zip); every error listed
            flowchannel pack export ID --out FILE           write an installed pack as a .zip
            flowchannel sample generate [--seed N] [--scale X] [--last-month yyyy-MM]
                                                            generate Channel Management sample data (scale 1: ~200 partners)
            """);
        return 0;
    }

    private static int Usage(TextWriter error)
    {
        error.WriteLine("Unknown command; run 'flowchannel help' for the list.");
        return 64;
    }

    internal static string? ReadFile(string file, TextWriter error)
    {
        if (File.Exists(file))
        {
            return File.ReadAllText(file);
        }
        error.WriteLine($"{file}: no such file.");
        return null;
    }
}
