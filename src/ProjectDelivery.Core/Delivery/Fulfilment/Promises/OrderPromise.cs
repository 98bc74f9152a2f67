using NodaTime;
using ProjectDelivery.Serialization.Delivery;

namespace ProjectDelivery.Delivery.Fulfilment.Promises;

/// <summary>The promise made for one order, and, when the customer wants delivery by a date, the latest order instant that makes it.</summary>
/// <param name="Id">The order id.</param>
/// <param name="Promise">The promise and its explanation.</param>
/// <param name="WantedBy">The date the customer wants delivery by, or null.</param>
/// <param name="LatestOrderAt">The latest order instant that makes <paramref name="WantedBy"/> (<see cref="PromiseDateCalculator.LatestOrderInstant"/>); null when none does or no date is wanted.</param>
/// <remarks>Its JSON is one element of the <c>orders</c> array that <c>promise --json</c> prints.</remarks>
public sealed record OrderPromise(string Id, DeliveryPromise Promise, LocalDate? WantedBy, Instant? LatestOrderAt);
