using System.Collections.Concurrent;
using System.Globalization;
using Jint;

namespace FlowChannel.Expressions.JavaScript;

/// <summary>
/// Reusable, locked-down engines for one set of limits. Creating an engine costs about 50 µs and its lockdown a few
/// milliseconds, against a few microseconds for a whole evaluation, so engines are rented rather than created.
/// Pools are shared process-wide per <see cref="ExpressionLimits"/>, so every evaluator with the same limits warms the same engines.
/// </summary>
internal sealed class EnginePool
{
    private static readonly ConcurrentDictionary<ExpressionLimits, EnginePool> Shared = new();

    private readonly ConcurrentQueue<PooledEngine> _idle = new();
    private readonly ExpressionLimits _limits;
    private readonly int _capacity = Environment.ProcessorCount * 4;

    private EnginePool(ExpressionLimits limits) => _limits = limits;

    public static EnginePool For(ExpressionLimits limits) => Shared.GetOrAdd(limits, static l => new EnginePool(l));

    public PooledEngine Rent() => _idle.TryDequeue(out var engine) ? engine : new PooledEngine(Create());

    /// <summary>Give back an engine whose last evaluation completed normally; a failed one is dropped instead.</summary>
    public void Return(PooledEngine engine)
    {
        if (_idle.Count < _capacity)
        {
            _idle.Enqueue(engine);
        }
    }

    private Engine Create()
    {
        var engine = new Engine(options =>
        {
            options.Strict();
            options.DisableStringCompilation();
            options.Culture = CultureInfo.InvariantCulture;
            options.Constraint(new DeadlineConstraint(TimeSpan.FromMilliseconds(_limits.TimeoutMilliseconds)));
            options.LimitMemory(_limits.MemoryBytes);
            options.MaxStatements(_limits.MaxStatements);
            options.LimitRecursion(_limits.MaxRecursionDepth);
            options.Constraints.RegexTimeout = TimeSpan.FromMilliseconds(_limits.TimeoutMilliseconds);
        });
        RealmLockdown.Apply(engine);
        return engine;
    }
}
