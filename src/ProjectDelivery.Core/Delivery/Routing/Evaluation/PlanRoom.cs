using System;
using System.Collections.Generic;
using System.Linq;
using ProjectDelivery.Delivery.Routing.Construction;
using ProjectDelivery.Delivery.Routing.LocalSearch;
using ProjectDelivery.Delivery.Routing.Model;
using ProjectDelivery.Delivery.Routing.Solutions;

namespace ProjectDelivery.Delivery.Routing.Evaluation;

/// <summary>
/// Whether a finished plan still has room for a job it leaves out: a feasible position in one of its routes (times,
/// capacity and load along the route, skills, duration and distance limits), or a vehicle it does not use. Every
/// position of every route is tried (no neighbour filter), so "no room" is exact. Tells an optional job the fleet
/// could not take (<see cref="UnassignedReason.FleetExhausted"/>) from one that was not worth its cost
/// (<see cref="UnassignedReason.NotWorthServing"/>).
/// </summary>
internal sealed class PlanRoom
{
    private readonly ProblemData _data;
    private readonly BestInsertion _insertion;

    /// <summary>Loads the plan's routes into a search state of its own (the plan is not changed).</summary>
    internal PlanRoom(ProblemData data, IReadOnlyList<VehicleRoute> routes)
    {
        _data = data;
        int[][] bySlot = data.AssignSlots(routes.Select(r => new KeyValuePair<int, int[]>(r.VehicleIndex, r.Stops.Select(s => s.JobIndex).ToArray())), out int[] publicOf);
        var state = new SearchState(data) { PublicVehicle = publicOf };
        state.LoadRoutes(bySlot);

        // Neighbour lists of size 0: the insertion then scans every position of every route.
        _insertion = new BestInsertion(state, new NeighbourLists(data, 0));
    }

    /// <summary>True when <paramref name="job"/> (with its partner, for a shipment end) has a feasible insertion into the plan.</summary>
    internal bool HasRoomFor(int job)
    {
        int partner = _data.Partner[job];
        if (partner < 0)
        {
            return _insertion.Find(job, null, 0, true, out _, out _, out _);
        }

        int pickup = _data.IsPickup[job] ? job : partner;
        int delivery = _data.IsPickup[job] ? partner : job;
        return _insertion.FindPair(pickup, delivery, null, 0, true, out _, out _, out _, out _);
    }
}
