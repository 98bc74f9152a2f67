namespace ProjectDelivery.Delivery.Routing.LocalSearch;

/// <summary>
/// A route a move would create on one vehicle, described without copying it: the vehicle's start depot and the first
/// <see cref="PrefixCount"/> jobs of its current route, then up to three middle pieces (a single job, or a range of
/// positions of some route, possibly reversed), then the jobs of <see cref="SuffixVehicle"/>'s route from
/// <see cref="SuffixPosition"/> on, then the vehicle's end depot. Passed to <see cref="SearchState.CandidateCost"/>
/// for the exact evaluation of routes holding jobs with several or soft windows.
/// </summary>
internal struct CandidateRoute
{
    internal int PrefixCount;
    internal int SuffixVehicle;
    internal int SuffixPosition;
    internal int PieceCount;
    internal RoutePiece Piece0;
    internal RoutePiece Piece1;
    internal RoutePiece Piece2;

    /// <summary>Prefix of the target vehicle's route, then the suffix of <paramref name="suffixVehicle"/>'s route from <paramref name="suffixPosition"/> on (its length: empty).</summary>
    internal static CandidateRoute Join(int prefixCount, int suffixVehicle, int suffixPosition) => new()
    {
        PrefixCount = prefixCount,
        SuffixVehicle = suffixVehicle,
        SuffixPosition = suffixPosition,
    };

    /// <summary>Prefix, one job, suffix.</summary>
    internal static CandidateRoute Around(int prefixCount, int job, int suffixVehicle, int suffixPosition)
    {
        CandidateRoute c = Join(prefixCount, suffixVehicle, suffixPosition);
        c.Add(RoutePiece.Job(job));
        return c;
    }

    /// <summary>Appends a middle piece (at most three).</summary>
    internal void Add(RoutePiece piece)
    {
        switch (PieceCount++)
        {
            case 0:
                Piece0 = piece;
                break;
            case 1:
                Piece1 = piece;
                break;
            default:
                Piece2 = piece;
                break;
        }
    }

    internal readonly RoutePiece Piece(int index) => index == 0 ? Piece0 : index == 1 ? Piece1 : Piece2;
}

/// <summary>A middle piece of a <see cref="CandidateRoute"/>: one job, or positions From..To (inclusive) of a vehicle's route, forwards or reversed.</summary>
internal readonly struct RoutePiece
{
    private RoutePiece(int vehicle, int from, int to, bool reversed)
    {
        Vehicle = vehicle;
        From = from;
        To = to;
        Reversed = reversed;
    }

    /// <summary>Source route, or -1 for a single job (then <see cref="From"/> is the job).</summary>
    internal int Vehicle { get; }

    internal int From { get; }

    internal int To { get; }

    internal bool Reversed { get; }

    internal static RoutePiece Job(int job) => new(-1, job, job, false);

    internal static RoutePiece Range(int vehicle, int from, int to, bool reversed) => new(vehicle, from, to, reversed);
}
