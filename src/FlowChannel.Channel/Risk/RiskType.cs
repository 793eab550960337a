namespace FlowChannel.Channel.Risk;

/// <summary>The kinds of risk warning (风险预警) the scheduled checks raise (domain.md §3, risk management).</summary>
public enum RiskType
{
    CreditUtilisation,
    OverdueReceivables,
    DaysSalesOutstanding,
    SalesDrop,
    NoRecentOrders,
    AttainmentBehindSchedule,
    InventoryWeeksOfSupply,
    SellInAboveSellThrough,
}

/// <summary>How urgent a warning is; the escalation flow starts from it.</summary>
public enum RiskSeverity
{
    Info,
    Warning,
    Critical,
}
