namespace FlowChannel.Web.Tests.Api.Grid;

/// <summary>Every filter operator on every kind of field, with the deals (by title) the manager must get back.</summary>
public static class GridQueryCases
{
    private const string All = "Alpha deal,Beta deal,Delta deal,Epsilon,Gamma,Zeta";

    /// <summary>Several filters and the search at once: a subform column with two matching rows in a record, negations, links.</summary>
    public static TheoryData<string, string> Combined() => new()
    {
        { """{"filters": [{"field": "items.sku", "op": "notEmpty"}, {"field": "amount", "op": "gt", "value": 75}]}""", "Alpha deal,Beta deal" },
        { """{"filters": [{"field": "amount", "op": "gt", "value": 75}, {"field": "items.sku", "op": "contains", "value": "-"}]}""", "Alpha deal,Beta deal" },
        { """{"filters": [{"field": "stage", "op": "in", "value": ["lead", "closed"]}, {"field": "amount", "op": "gte", "value": 75}, {"field": "tags", "op": "notIn", "value": ["a"]}]}""", "Beta deal,Epsilon,Zeta" },
        { """{"filters": [{"field": "product.category", "op": "eq", "value": "tools"}, {"field": "amount", "op": "notEmpty"}, {"field": "$status", "op": "eq", "value": "submitted"}]}""", "Alpha deal" },
        { """{"filters": [{"field": "amount", "op": "gte", "value": 75}], "search": "deal"}""", "Alpha deal,Beta deal" },
        { """{"filters": [{"field": "stage", "op": "ne", "value": "lead"}], "search": "deal"}""", "Alpha deal,Delta deal" },
    };

    public static TheoryData<string, string> Filters() => new()
    {
        { """{"field": "title", "op": "contains", "value": "DEAL"}""", "Alpha deal,Beta deal,Delta deal" },
        { """{"field": "title", "op": "notContains", "value": "deal"}""", "Epsilon,Gamma,Zeta" },
        { """{"field": "stage", "op": "eq", "value": "active"}""", "Alpha deal,Gamma" },
        { """{"field": "stage", "op": "ne", "value": "lead"}""", "Alpha deal,Delta deal,Gamma" },
        { """{"field": "stage", "op": "in", "value": ["lead", "closed"]}""", "Beta deal,Delta deal,Epsilon,Zeta" },
        { """{"field": "stage", "op": "notIn", "value": ["lead"]}""", "Alpha deal,Delta deal,Gamma" },
        { """{"field": "amount", "op": "gt", "value": 75}""", "Alpha deal,Beta deal,Epsilon" },
        { """{"field": "amount", "op": "gte", "value": 75}""", "Alpha deal,Beta deal,Epsilon,Zeta" },
        { """{"field": "amount", "op": "lt", "value": 100}""", "Gamma,Zeta" },
        { """{"field": "amount", "op": "lte", "value": "100"}""", "Alpha deal,Gamma,Zeta" },
        { """{"field": "amount", "op": "between", "value": [60, 260]}""", "Alpha deal,Beta deal,Zeta" },
        { """{"field": "amount", "op": "eq", "value": 250.5}""", "Beta deal" },
        { """{"field": "amount", "op": "ne", "value": 100}""", "Beta deal,Delta deal,Epsilon,Gamma,Zeta" },
        { """{"field": "amount", "op": "in", "value": [50, 999]}""", "Epsilon,Gamma" },
        { """{"field": "amount", "op": "empty"}""", "Delta deal" },
        { """{"field": "amount", "op": "notEmpty"}""", "Alpha deal,Beta deal,Epsilon,Gamma,Zeta" },
        { """{"field": "signedOn", "op": "eq", "value": "2025-01-15"}""", "Beta deal" },
        { """{"field": "signedOn", "op": "ne", "value": "2025-01-15"}""", "Alpha deal,Delta deal,Epsilon,Gamma,Zeta" },
        { """{"field": "signedOn", "op": "lt", "value": "2025-01-15"}""", "Gamma" },
        { """{"field": "signedOn", "op": "lte", "value": "2025-01-15"}""", "Beta deal,Gamma" },
        { """{"field": "signedOn", "op": "gt", "value": "2025-01-15"}""", "Alpha deal" },
        { """{"field": "signedOn", "op": "gte", "value": "2025-01-15"}""", "Alpha deal,Beta deal" },
        { """{"field": "signedOn", "op": "between", "value": ["2024-01-01", "2025-12-31"]}""", "Beta deal,Gamma" },
        { """{"field": "signedOn", "op": "preset", "value": "today"}""", "Alpha deal" },
        { """{"field": "signedOn", "op": "preset", "value": "last30Days"}""", "Alpha deal" },
        { """{"field": "signedOn", "op": "empty"}""", "Delta deal,Epsilon,Zeta" },
        { """{"field": "meetAt", "op": "gte", "value": "2025-01-15T09:30:00Z"}""", "Alpha deal,Beta deal" },
        { """{"field": "meetAt", "op": "gt", "value": "2025-01-15T09:30:00Z"}""", "Alpha deal" },
        { """{"field": "meetAt", "op": "eq", "value": "2025-01-15"}""", "Beta deal" },
        { """{"field": "meetAt", "op": "preset", "value": "last7Days"}""", "Alpha deal" },
        { """{"field": "vip", "op": "eq", "value": true}""", "Alpha deal" },
        { """{"field": "vip", "op": "eq", "value": false}""", "Beta deal" },
        { """{"field": "vip", "op": "ne", "value": true}""", "Beta deal,Delta deal,Epsilon,Gamma,Zeta" },
        { """{"field": "vip", "op": "empty"}""", "Delta deal,Epsilon,Gamma,Zeta" },
        { """{"field": "tags", "op": "eq", "value": "b"}""", "Alpha deal" },
        { """{"field": "tags", "op": "in", "value": ["b", "c"]}""", "Alpha deal,Beta deal" },
        { """{"field": "tags", "op": "notIn", "value": ["a"]}""", "Beta deal,Delta deal,Epsilon,Gamma,Zeta" },
        { """{"field": "items.qty", "op": "gt", "value": 10}""", "Beta deal" },
        { """{"field": "items.sku", "op": "contains", "value": "x-"}""", "Alpha deal,Beta deal" },
        { """{"field": "items.sku", "op": "eq", "value": "Y-2"}""", "Beta deal" },
        { """{"field": "items.qty", "op": "empty"}""", "Delta deal,Epsilon,Gamma,Zeta" },
        { """{"field": "product", "op": "contains", "value": "gadg"}""", "Beta deal" },
        { """{"field": "product.category", "op": "eq", "value": "tools"}""", "Alpha deal,Delta deal" },
        { """{"field": "product.category", "op": "contains", "value": "TOY"}""", "Beta deal" },
        { """{"field": "product.category", "op": "ne", "value": "tools"}""", "Beta deal,Epsilon,Gamma,Zeta" },
        { """{"field": "notes", "op": "contains", "value": "call"}""", "Zeta" },
        { """{"field": "$status", "op": "eq", "value": "submitted"}""", All },
        { """{"field": "$status", "op": "in", "value": ["approved"]}""", "" },
        { """{"field": "$createdAt", "op": "preset", "value": "last7Days"}""", All },
    };

    public static TheoryData<string, string> Sorts() => new()
    {
        { """[{"field": "amount"}]""", "Gamma,Zeta,Alpha deal,Beta deal,Epsilon,Delta deal" },
        { """[{"field": "amount", "desc": true}]""", "Epsilon,Beta deal,Alpha deal,Zeta,Gamma,Delta deal" },
        { """[{"field": "stage"}, {"field": "amount", "desc": true}]""", "Alpha deal,Gamma,Delta deal,Epsilon,Beta deal,Zeta" },
        { """[{"field": "title"}]""", "Alpha deal,Beta deal,Delta deal,Epsilon,Gamma,Zeta" },
        { """[{"field": "signedOn", "desc": true}]""", "Alpha deal,Beta deal,Gamma,Epsilon,Zeta,Delta deal" },
        { """[{"field": "items.qty", "desc": true}]""", "Alpha deal,Beta deal,Epsilon,Zeta,Delta deal,Gamma" },
        { """[]""", "Epsilon,Zeta,Delta deal,Gamma,Beta deal,Alpha deal" },
    };

    /// <summary>Bad queries: the 422's error path and code.</summary>
    public static TheoryData<string, string, string> Invalid() => new()
    {
        { """{"filters": [{"field": "title", "op": "contains", "value": "a"}, {"field": "nope", "op": "eq", "value": 1}]}""", "filters[1]", "unknownField" },
        { """{"filters": [{"field": "amount", "op": "contains", "value": "1"}]}""", "filters[0]", "operator" },
        { """{"filters": [{"field": "amount", "op": "gt", "value": "abc"}]}""", "filters[0]", "value" },
        { """{"filters": [{"field": "amount", "op": "between", "value": [1]}]}""", "filters[0]", "value" },
        { """{"filters": [{"field": "signedOn", "op": "eq", "value": "15/01/2025"}]}""", "filters[0]", "value" },
        { """{"filters": [{"field": "signedOn", "op": "preset", "value": "someday"}]}""", "filters[0]", "value" },
        { """{"filters": [{"field": "stage", "op": "in", "value": []}]}""", "filters[0]", "value" },
        { """{"filters": [{"field": "product.nope", "op": "eq", "value": "x"}]}""", "filters[0]", "unknownField" },
        { """{"filters": [{"field": "items", "op": "empty"}]}""", "filters[0]", "unknownField" },
        { """{"sort": [{"field": "ghost"}]}""", "sort[0]", "unknownField" },
        { """{"sort": [{"field": "product.category"}]}""", "sort[0]", "unsupported" },
        { """{"columns": ["title", "ghost"]}""", "columns[1]", "unknownField" },
        { """{"timeZone": "Mars/Olympus"}""", "timeZone", "value" },
    };
}
