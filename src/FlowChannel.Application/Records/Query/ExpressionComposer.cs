using System.Linq.Expressions;

namespace FlowChannel.Application.Records.Query;

/// <summary>Small expression-tree helpers so that one test on a value can be applied to any column holding it.</summary>
internal static class ExpressionComposer
{
    /// <summary><c>x => test(column(x))</c>.</summary>
    public static Expression<Func<TSource, bool>> Apply<TSource, TValue>(Expression<Func<TSource, TValue>> column, Expression<Func<TValue, bool>> test)
    {
        var body = new Swap(test.Parameters[0], column.Body).Visit(test.Body);
        return Expression.Lambda<Func<TSource, bool>>(body, column.Parameters[0]);
    }

    public static Expression<Func<T, bool>> Not<T>(Expression<Func<T, bool>> predicate) =>
        Expression.Lambda<Func<T, bool>>(Expression.Not(predicate.Body), predicate.Parameters[0]);

    private sealed class Swap(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
