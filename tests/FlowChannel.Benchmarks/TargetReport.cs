using BenchmarkDotNet.Reports;

namespace FlowChannel.Benchmarks;

/// <summary>
/// After BenchmarkDotNet's tables: each figure next to its target in design.md ("Performance targets") and, where
/// the target is relative, next to the reference measured in the same run.
/// </summary>
public static class TargetReport
{
    private const double ValidationTargetMicroseconds = 100;
    private const double InMemoryTargetPerSecond = 20_000;
    private const double PersistedTargetShare = 0.5;
    private const double GridTargetMilliseconds = 150;
    private const double DashboardTargetMilliseconds = 1000;

    public static void Print(IEnumerable<Summary> summaries, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        ArgumentNullException.ThrowIfNull(output);
        var medians = new Dictionary<string, (double Nanoseconds, long? Bytes)>(StringComparer.Ordinal);
        foreach (var report in summaries.SelectMany(s => s.Reports))
        {
            if (report.ResultStatistics is { } statistics)
            {
                var bytes = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase);
                medians[report.BenchmarkCase.Descriptor.WorkloadMethod.Name] = (statistics.Median, bytes);
            }
        }

        var c = CultureInfo.InvariantCulture;
        output.WriteLine();
        output.WriteLine("// * FlowChannel performance targets (design.md), medians of this run *");
        output.WriteLine($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores{LoadAverage()}");

        Line("Validate60Fields", "validation 60 fields", ValidationTarget);
        Line("ValidatePartnerApplication", "validation partner-application", ValidationTarget);
        Line("Validate60FieldsWith50Rows", "validation 60 fields + 50-row subform (the design target)", ValidationTarget);
        Line("RecomputeAfterOneCellChange", "recompute after one subform cell changes", ns => NoTarget(ns));
        Line("ParseSubformForm", "schema load and compile, 60 fields + subform", ns => NoTarget(ns));

        Line("InstancesOnAllCores", $"workflow in memory, throughput on all {Environment.ProcessorCount} cores", ns =>
        {
            var perSecond = 1e9 / ns;
            return string.Format(c, "{0:N0} instances/s, median {1:N1} µs of machine time per instance (target ≥ {2:N0}/s, {3:N2}× target)",
                perSecond, ns / 1000, InMemoryTargetPerSecond, perSecond / InMemoryTargetPerSecond);
        });
        Line("InstanceInMemory", "  one instance at a time on one core", ns => string.Format(c,
            "{0:N0} instances/s, median {1:N1} µs per instance (latency; the target is the throughput above)", 1e9 / ns, ns / 1000));

        var raw = medians.TryGetValue("RawSqliteCommit", out var rawMedian) ? 1e9 / rawMedian.Nanoseconds : (double?)null;
        Line("RawSqliteCommit", "raw SQLite commits (reference)", ns =>
            string.Format(c, "{0:N0}/s, median {1:N1} µs per transaction", 1e9 / ns, ns / 1000));
        // The product's commands, each one unit of work (see docs/benchmarks.md); then the diagnostic without the rest
        // of the application: the runtime's step and the instance row alone.
        Line("PersistedStart", "persisted step start (submission command)", ns => Persisted(ns));
        Line("PersistedResume", "persisted step resume (approve command)", ns => Persisted(ns));
        Line("EngineStart", "persisted engine step start (host: instance, bookmark index, task, effects)", ns => Persisted(ns));
        Line("EngineResume", "persisted engine step resume (host: instance, bookmark index, task, effects)", ns => Persisted(ns));
        Line("InstanceRowStart", "  diagnostic: runtime start + instance row only", ns => Persisted(ns, target: false));
        Line("InstanceRowResume", "  diagnostic: runtime resume + instance row only", ns => Persisted(ns, target: false));

        var uncached = medians.TryGetValue("UncachedReference", out var uncachedMedian) ? uncachedMedian.Nanoseconds : (double?)null;
        Line("CachedPreparedScript", "JavaScript expression, cached prepared script", ns => uncached is { } reference
            ? string.Format(c, "median {0:N1} µs; uncached (new engine, parsed every time) {1:N1} µs in this run, {2:N1}× faster cached (no target in design.md)",
                ns / 1000, reference / 1000, reference / ns)
            : string.Format(c, "median {0:N1} µs (include UncachedReference in the filter for the comparison)", ns / 1000));

        Line("FilterSortPage", "records grid, filter + sort + page of 1,000,000 records (SQLite)", ns => string.Format(c,
            "median {0:N1} ms (target ≤ {1:N0} ms, {2:N2} of target)", ns / 1e6, GridTargetMilliseconds, ns / 1e6 / GridTargetMilliseconds));
        Line("FilterSortPageExactTotal", "  diagnostic: the same with the exact total (100,000 matches counted)", ns => Milliseconds(ns));
        Line("SortOnlyPage", "  diagnostic: sort only, no filter", ns => Milliseconds(ns));
        Line("SelectiveFilterPage", "  diagnostic: selective filter + sort by text", ns => Milliseconds(ns));
        Line("SearchPage", "  diagnostic: full-text search", ns => Milliseconds(ns));

        var scan = medians.TryGetValue("IndexScanReference", out var scanMedian) ? scanMedian.Nanoseconds : (double?)null;
        string VersusScan(double ns) => scan is { } scanNs ? string.Format(c, "; {0:N1}× the reference index scan ({1:N1} ms) of this run", ns / scanNs, scanNs / 1e6) : "";
        Line("Dashboard", "dashboard of 8 widgets over 1,000,000 records (SQLite)", ns => string.Format(c,
            "median {0:N1} ms (target ≤ {1:N0} ms, {2:N2} of target){3}", ns / 1e6, DashboardTargetMilliseconds, ns / 1e6 / DashboardTargetMilliseconds, VersusScan(ns)));
        Line("DashboardSideBySide", "  the same dashboard, widgets side by side on every core", ns => string.Format(c,
            "median {0:N1} ms ({1:N2} of target){2}", ns / 1e6, ns / 1e6 / DashboardTargetMilliseconds, VersusScan(ns)));
        Line("SingleWidget", "  one widget: count and sum by region", ns => Milliseconds(ns) + VersusScan(ns));
        Line("IndexScanReference", "  reference: count per region from the value index alone", ns => Milliseconds(ns));

        var rawInbox = medians.TryGetValue("RawTaskPage", out var rawInboxMedian) ? rawInboxMedian.Nanoseconds : (double?)null;
        Line("InboxTodoFirstPage", "inbox, to-do tab first page + counts, 10,000 open tasks (SQLite)", ns => rawInbox is { } reference
            ? string.Format(c, "median {0:N1} ms; raw SQL page of the same tasks {1:N2} ms in this run, {2:N1}× the reference (no target in design.md)",
                ns / 1e6, reference / 1e6, ns / reference)
            : string.Format(c, "median {0:N1} ms (include RawTaskPage in the filter for the reference)", ns / 1e6));
        Line("RawTaskPage", "  reference: raw SQL read of the same page", ns => Milliseconds(ns));

        Line("ParsePartnerApplication", "schema parse partner-application", ns => NoTarget(ns));
        Line("Parse60Fields", "schema parse 60 fields", ns => NoTarget(ns));
        output.WriteLine();

        void Line(string method, string label, Func<double, string> describe)
        {
            if (medians.TryGetValue(method, out var m))
            {
                var allocated = m.Bytes is { } b ? string.Format(c, "; {0:N0} B allocated", b) : "";
                output.WriteLine($"{label}: {describe(m.Nanoseconds)}{allocated}");
            }
        }

        string ValidationTarget(double ns) => string.Format(c, "median {0:N1} µs (target ≤ {1:N0} µs, {2:N2} of target)",
            ns / 1000, ValidationTargetMicroseconds, ns / 1000 / ValidationTargetMicroseconds);

        string Persisted(double ns, bool target = true)
        {
            var perSecond = 1e9 / ns;
            return raw is { } reference
                ? string.Format(c, "{0:N0}/s = {1:N0} % of raw SQLite commits ({2:N0}/s){3}",
                    perSecond, 100 * perSecond / reference, reference,
                    !target ? " (not a target)"
                    : string.Format(c, " (target ≥ {0:N0} %{1})", 100 * PersistedTargetShare,
                        perSecond >= PersistedTargetShare * reference ? ", met" : ", NOT met"))
                : string.Format(c, "{0:N0}/s (no raw SQLite reference in this run: include RawSqliteCommit in the filter)", perSecond);
        }

        static string LoadAverage()
        {
            // Other work on the machine moves every figure; say how busy it was (Linux only).
            const string path = "/proc/loadavg";
            return File.Exists(path) ? ", load average " + string.Join(" ", File.ReadAllText(path).Split(' ').Take(3)) : "";
        }

        string Milliseconds(double ns) => string.Format(c, "median {0:N1} ms (no target)", ns / 1e6);

        string NoTarget(double ns) => string.Format(c, "median {0:N1} µs (no target in design.md)", ns / 1000);
    }
}
