using ProjectDelivery.Utility;

namespace ProjectDelivery.Delivery.Fulfilment.Kpis;

/// <summary>The KPIs of the orders sharing one group key.</summary>
/// <remarks>Immutable.</remarks>
public sealed class KpiGroup
{
    internal KpiGroup(string key, DeliveryKpis kpis)
    {
        Key = Preconditions.CheckNotNull(key, nameof(key));
        Kpis = kpis;
    }

    /// <summary>The group key.</summary>
    public string Key { get; }

    /// <summary>The group's KPIs.</summary>
    public DeliveryKpis Kpis { get; }

    /// <summary>A readable form.</summary>
    /// <returns>Key and OTIF.</returns>
    public override string ToString() => $"{Key}: OTIF {Kpis.Otif}";
}
