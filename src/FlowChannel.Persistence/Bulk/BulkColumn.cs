using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FlowChannel.Persistence.Bulk;

/// <summary>One mapped column of a <see cref="BulkTable"/>: its name, its EF type mapping and how to read an entity's value as the provider stores it.</summary>
public sealed class BulkColumn
{
    private readonly Func<object, object?> _read;
    private readonly ValueConverter? _converter;

    internal BulkColumn(IProperty property, StoreObjectIdentifier table)
    {
        Name = property.GetColumnName(table)
            ?? throw new InvalidOperationException($"{property.DeclaringType.DisplayName()}.{property.Name} has no column in {table.DisplayName()}.");
        Mapping = property.GetRelationalTypeMapping();
        IsNullable = property.IsColumnNullable(table);
        _converter = Mapping.Converter;
        var providerType = _converter?.ProviderClrType ?? Mapping.ClrType;
        ProviderClrType = Nullable.GetUnderlyingType(providerType) ?? providerType;
        _read = Reader(property);
    }

    public string Name { get; }

    public RelationalTypeMapping Mapping { get; }

    public bool IsNullable { get; }

    /// <summary>The type of the stored value (after the model's value converter), never nullable.</summary>
    public Type ProviderClrType { get; }

    /// <summary>The entity's value as it goes to the database (converted as the model says), or null.</summary>
    public object? ValueOf(object entity)
    {
        var value = _read(entity);
        return value is null || _converter is null ? value : _converter.ConvertToProvider(value);
    }

    // A compiled getter: a bulk insert reads every column of every row, where reflection would be the slow part.
    private static Func<object, object?> Reader(IProperty property)
    {
        var info = property.PropertyInfo ?? throw new InvalidOperationException(
            $"{property.DeclaringType.DisplayName()}.{property.Name} is a shadow property, which a bulk insert cannot read from a detached entity.");
        var entity = Expression.Parameter(typeof(object), "entity");
        var body = Expression.Convert(Expression.Property(Expression.Convert(entity, info.DeclaringType!), info), typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, entity).Compile();
    }
}
