namespace ProjectDelivery.Delivery.Routing.Domain;

/// <summary>What happens at a planned stop.</summary>
public enum StopKind
{
    /// <summary>A <see cref="DeliveryOrder"/> delivered from the depot.</summary>
    Delivery = 0,

    /// <summary>The pickup of a <see cref="ShipmentOrder"/>: its goods are loaded.</summary>
    ShipmentPickup = 1,

    /// <summary>The delivery of a <see cref="ShipmentOrder"/>: its goods are unloaded.</summary>
    ShipmentDelivery = 2,
}
