using System;
using ProjectDelivery.Delivery.Routing.Model;
using ProjectDelivery.Delivery.Routing.Solutions;

namespace ProjectDelivery.Delivery.Routing.Evaluation;

/// <summary>
/// Finds why a job is not in a plan by trying it alone on every vehicle type. A shipment's end is tried with its
/// partner: start depot, pickup, delivery, end depot; both ends get the same reason.
/// </summary>
internal static class UnassignedDiagnosis
{
    internal static UnassignedReason Explain(RoutingProblem problem, int job)
    {
        ProblemData data = problem.Data;
        if (data.Partner[job] >= 0)
        {
            return ExplainPair(data, data.IsPickup[job] ? job : data.Partner[job], data.IsPickup[job] ? data.Partner[job] : job);
        }

        bool skill = false;
        bool capacity = false;
        UnassignedReason worst = UnassignedReason.Skill;
        foreach (int v in data.FirstVehicleOfType)
        {
            if (!data.CanServe(v, job))
            {
                continue;
            }

            skill = true;
            bool fits = true;
            for (int k = 0; k < data.Dimensions; k++)
            {
                fits &= data.Demand[(job * data.Dimensions) + k] <= data.Capacity[(v * data.Dimensions) + k] + ProblemData.Epsilon;
            }

            if (!fits)
            {
                continue;
            }

            capacity = true;
            int start = data.StartNode(v);
            RouteSegment alone = RouteSegment.Merge(data, RouteSegment.Merge(data, RouteSegment.Single(data, start), RouteSegment.Single(data, job)), RouteSegment.Single(data, start + 1));
            UnassignedReason reason;
            if (data.Complex[job])
            {
                reason = ExplainExact(data, v, job, alone.Distance) ?? (data.Optional[job] ? UnassignedReason.NotWorthServing : UnassignedReason.FleetExhausted);
                if (reason is UnassignedReason.NotWorthServing or UnassignedReason.FleetExhausted)
                {
                    return reason;
                }
            }
            else if (alone.TimeWarp > ProblemData.Epsilon)
            {
                double earliestArrival = data.Ready[start] + data.Time(start, job);
                reason = earliestArrival > data.Due[job] + ProblemData.Epsilon ? UnassignedReason.TimeWindow : UnassignedReason.Shift;
            }
            else if (alone.Duration > data.MaxDuration[v] + ProblemData.Epsilon)
            {
                reason = UnassignedReason.Duration;
            }
            else if (alone.Distance > data.MaxDistance[v] + ProblemData.Epsilon)
            {
                reason = UnassignedReason.Distance;
            }
            else
            {
                return data.Optional[job] ? UnassignedReason.NotWorthServing : UnassignedReason.FleetExhausted;
            }

            worst = reason;
        }

        if (!skill)
        {
            return UnassignedReason.Skill;
        }

        return capacity ? worst : UnassignedReason.Capacity;
    }

    private static UnassignedReason ExplainPair(ProblemData data, int pickup, int delivery)
    {
        bool skill = false;
        bool capacity = false;
        UnassignedReason worst = UnassignedReason.Skill;
        foreach (int v in data.FirstVehicleOfType)
        {
            if (!data.CanServe(v, pickup) || !data.CanServe(v, delivery))
            {
                continue;
            }

            skill = true;
            bool fits = true;
            for (int k = 0; k < data.Dimensions; k++)
            {
                fits &= data.Demand[(pickup * data.Dimensions) + k] <= data.Capacity[(v * data.Dimensions) + k] + ProblemData.Epsilon;
            }

            if (!fits)
            {
                continue;
            }

            capacity = true;
            int start = data.StartNode(v);
            RouteSegment toPickup = RouteSegment.Merge(data, RouteSegment.Single(data, start), RouteSegment.Single(data, pickup));
            RouteSegment alone = RouteSegment.Merge(data, RouteSegment.Merge(data, toPickup, RouteSegment.Single(data, delivery)), RouteSegment.Single(data, start + 1));
            UnassignedReason reason;
            if (alone.TimeWarp > ProblemData.Epsilon)
            {
                // A window missed on the way out (pickup, or delivery right after it) versus the return to the depot.
                RouteSegment outward = RouteSegment.Merge(data, toPickup, RouteSegment.Single(data, delivery));
                reason = outward.TimeWarp > ProblemData.Epsilon ? UnassignedReason.TimeWindow : UnassignedReason.Shift;
            }
            else if (alone.Duration > data.MaxDuration[v] + ProblemData.Epsilon)
            {
                reason = UnassignedReason.Duration;
            }
            else if (alone.Distance > data.MaxDistance[v] + ProblemData.Epsilon)
            {
                reason = UnassignedReason.Distance;
            }
            else
            {
                return data.Optional[pickup] ? UnassignedReason.NotWorthServing : UnassignedReason.FleetExhausted;
            }

            worst = reason;
        }

        if (!skill)
        {
            return UnassignedReason.Skill;
        }

        return capacity ? worst : UnassignedReason.Capacity;
    }

    /// <summary>The job alone on vehicle v under the exact window rules (several or soft windows); null when feasible.</summary>
    private static UnassignedReason? ExplainExact(ProblemData data, int v, int job, double distance)
    {
        int start = data.StartNode(v);
        int end = data.EndNode(v);
        double arrival = data.Ready[start] + data.Time(start, job);
        double serviceStart = data.StartOfService(job, arrival, out _, out double slack);
        if (double.IsPositiveInfinity(serviceStart))
        {
            return UnassignedReason.TimeWindow;
        }

        double back = serviceStart + data.Service[job] + data.Time(job, end);
        if (back > data.Due[end] + ProblemData.Epsilon)
        {
            return UnassignedReason.Shift;
        }

        double wait = serviceStart - arrival;
        double delay = Math.Min(wait, Math.Min(wait + slack, data.Due[start] - data.Ready[start]));
        if (back - (data.Ready[start] + delay) > data.MaxDuration[v] + ProblemData.Epsilon)
        {
            return UnassignedReason.Duration;
        }

        return distance > data.MaxDistance[v] + ProblemData.Epsilon ? UnassignedReason.Distance : null;
    }
}
