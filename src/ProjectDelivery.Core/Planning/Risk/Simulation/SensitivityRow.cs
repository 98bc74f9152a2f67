namespace ProjectDelivery.Planning.Risk.Simulation;

/// <summary>One bar of a tornado chart: an uncertain activity duration or a risk driver and its rank correlation with the finish.</summary>
public sealed class SensitivityRow
{
    internal SensitivityRow(string id, bool isRisk, double rankCorrelation)
    {
        Id = id;
        IsRisk = isRisk;
        RankCorrelation = rankCorrelation;
    }

    /// <summary>Activity or risk id.</summary>
    public string Id { get; }

    /// <summary>True for a risk driver, false for an activity duration.</summary>
    public bool IsRisk { get; }

    /// <summary>Spearman rank correlation with the project finish, in [−1, 1].</summary>
    public double RankCorrelation { get; }
}
