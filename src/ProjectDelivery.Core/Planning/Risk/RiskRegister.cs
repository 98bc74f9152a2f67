using System;
using System.Collections.Generic;
using System.Linq;
using ProjectDelivery.Planning.Risk.Simulation;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Planning.Risk;

/// <summary>
/// A project's risk register: uniquely identified risks scored on one <see cref="RiskScoringModel"/>, with
/// the reporting views (listing, heat maps, top risks, exposure by category and owner), expected monetary
/// value and contingency reserve.
/// </summary>
/// <remarks>
/// Immutable; validated when built. Closed risks stay in the register and its listing but are left out of
/// heat maps, top-N, exposure, EMV totals and Monte Carlo drivers.
/// </remarks>
public sealed class RiskRegister
{
    private readonly ProjectRisk[] _risks;
    private readonly Dictionary<string, int> _index;

    private RiskRegister(ProjectRisk[] risks, RiskScoringModel scoring)
    {
        _risks = risks;
        Scoring = scoring;
        _index = new Dictionary<string, int>(risks.Length, StringComparer.Ordinal);
        for (int i = 0; i < risks.Length; i++)
        {
            if (_index.ContainsKey(risks[i].Id))
            {
                throw new ArgumentException($"Risk id '{risks[i].Id}' appears twice in the register.", "risks");
            }

            _index[risks[i].Id] = i;
        }
    }

    /// <summary>The risks, in register order.</summary>
    public IReadOnlyList<ProjectRisk> Risks => _risks;

    /// <summary>The scoring model.</summary>
    public RiskScoringModel Scoring { get; }

    /// <summary>Creates a register.</summary>
    /// <param name="risks">The risks (unique ids).</param>
    /// <param name="scoring">The scoring model.</param>
    /// <returns>The register.</returns>
    /// <exception cref="ArgumentException">An id repeats or a risk is null.</exception>
    public static RiskRegister Create(IEnumerable<ProjectRisk> risks, RiskScoringModel scoring)
    {
        Preconditions.CheckNotNull(risks, nameof(risks));
        Preconditions.CheckNotNull(scoring, nameof(scoring));
        ProjectRisk[] list = risks.ToArray();
        Preconditions.CheckArgument(Array.TrueForAll(list, r => r is not null), nameof(risks), "The register holds a null risk.");
        return new RiskRegister(list, scoring);
    }

    /// <summary>The risk with the given id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The risk.</returns>
    /// <exception cref="KeyNotFoundException">No such risk.</exception>
    public ProjectRisk this[string id] =>
        _index.TryGetValue(id, out int i) ? _risks[i] : throw new KeyNotFoundException($"The register has no risk '{id}'.");

    /// <summary>Returns a register with the risk added, or replacing the one with the same id.</summary>
    /// <param name="risk">The risk.</param>
    /// <returns>The new register.</returns>
    public RiskRegister WithRisk(ProjectRisk risk)
    {
        Preconditions.CheckNotNull(risk, nameof(risk));
        ProjectRisk[] list;
        if (_index.TryGetValue(risk.Id, out int i))
        {
            list = (ProjectRisk[])_risks.Clone();
            list[i] = risk;
        }
        else
        {
            list = _risks.Concat(new[] { risk }).ToArray();
        }

        return new RiskRegister(list, Scoring);
    }

    /// <summary>Returns a register scored on another model.</summary>
    /// <param name="scoring">The model.</param>
    /// <returns>The new register.</returns>
    public RiskRegister WithScoring(RiskScoringModel scoring) => new(_risks, Preconditions.CheckNotNull(scoring, nameof(scoring)));

    /// <summary>Rating of one risk on the given basis.</summary>
    /// <param name="risk">The risk.</param>
    /// <param name="basis">Inherent or residual.</param>
    /// <returns>Its cell, score and zone.</returns>
    public RiskRating Rate(ProjectRisk risk, AssessmentBasis basis)
    {
        Preconditions.CheckNotNull(risk, nameof(risk));
        return Scoring.Rate(risk.Assessment(basis));
    }

    /// <summary>The listing of every risk (open and closed), ranked by inherent score, then |EMV|, expected delay and id.</summary>
    /// <returns>The rows, rank 1 first.</returns>
    public IReadOnlyList<RiskListingRow> Listing() => Ranked(_risks, AssessmentBasis.Inherent)
        .Select((r, i) => new RiskListingRow(i + 1, r, Scoring.Rate(r.Inherent), Scoring.Rate(r.Residual)))
        .ToArray();

    /// <summary>The <see cref="Listing"/>, so that LINQPad (which calls <c>ToDump</c> by convention) shows the register as a table.</summary>
    /// <returns>An <see cref="IReadOnlyList{T}"/> of <see cref="RiskListingRow"/>.</returns>
    public object ToDump() => Listing();

    /// <summary>The <paramref name="count"/> open risks with the highest score on the given basis.</summary>
    /// <param name="count">How many (≥ 0).</param>
    /// <param name="basis">Inherent or residual.</param>
    /// <returns>Up to <paramref name="count"/> risks, highest first.</returns>
    public IReadOnlyList<ProjectRisk> Top(int count, AssessmentBasis basis)
    {
        Preconditions.CheckArgumentRange(nameof(count), count, 0, int.MaxValue);
        return Ranked(Open(), basis).Take(count).ToArray();
    }

    /// <summary>Every cell of the matrix with the open risks it holds on the given basis.</summary>
    /// <param name="basis">Inherent or residual.</param>
    /// <returns>Size × size cells, probability level descending then impact level ascending (top row of the chart first).</returns>
    public IReadOnlyList<HeatMapCell> HeatMap(AssessmentBasis basis)
    {
        int n = Scoring.Matrix.Size;
        var ids = new List<string>[n, n];
        foreach (ProjectRisk risk in Open())
        {
            RiskRating rating = Scoring.Rate(risk.Assessment(basis));
            (ids[rating.ProbabilityLevel - 1, rating.ImpactLevel - 1] ??= new List<string>()).Add(risk.Id);
        }

        var cells = new List<HeatMapCell>(n * n);
        for (int p = n; p >= 1; p--)
        {
            for (int i = 1; i <= n; i++)
            {
                cells.Add(new HeatMapCell(p, i, Scoring.Matrix.Score(p, i), Scoring.Matrix.Zone(p, i),
                    (IReadOnlyList<string>?)ids[p - 1, i - 1]?.ToArray() ?? Array.Empty<string>()));
            }
        }

        return cells;
    }

    /// <summary>Exposure of the open risks grouped by risk breakdown structure category.</summary>
    /// <param name="basis">Inherent or residual.</param>
    /// <param name="depth">Category levels to keep (1 = top level); deeper paths roll up.</param>
    /// <returns>One row per category, by key.</returns>
    public IReadOnlyList<ExposureRow> ExposureByCategory(AssessmentBasis basis, int depth = int.MaxValue)
    {
        Preconditions.CheckArgumentRange(nameof(depth), depth, 1, int.MaxValue);
        return Exposure(basis, r => string.Join("/", r.Category.Split('/').Take(depth)));
    }

    /// <summary>Exposure of the open risks grouped by owner.</summary>
    /// <param name="basis">Inherent or residual.</param>
    /// <returns>One row per owner, by key.</returns>
    public IReadOnlyList<ExposureRow> ExposureByOwner(AssessmentBasis basis) => Exposure(basis, r => r.Owner);

    /// <summary>Total signed EMV of the open risks (threats add, opportunities subtract).</summary>
    /// <param name="basis">Inherent or residual.</param>
    /// <returns>Σ ± probability × cost impact.</returns>
    public double TotalExpectedMonetaryValue(AssessmentBasis basis) => Open().Sum(r => r.ExpectedMonetaryValue(basis));

    /// <summary>Total signed expected delay of the open risks.</summary>
    /// <param name="basis">Inherent or residual.</param>
    /// <returns>Σ ± probability × schedule impact.</returns>
    public double TotalExpectedDelay(AssessmentBasis basis) => Open().Sum(r => r.ExpectedDelay(basis));

    /// <summary>
    /// Contingency reserve from EMV: the total signed EMV on the basis, plus the cost of planned responses
    /// when the basis is residual (the responses must be paid for to earn the residual exposure); never below 0.
    /// </summary>
    /// <param name="basis">Inherent or residual.</param>
    /// <returns>The reserve.</returns>
    public double ContingencyReserve(AssessmentBasis basis)
    {
        double responses = basis == AssessmentBasis.Residual ? Open().Sum(r => r.Response?.Cost ?? 0.0) : 0.0;
        return Math.Max(0.0, TotalExpectedMonetaryValue(basis) + responses);
    }

    /// <summary>
    /// The quantified open risks as Monte Carlo drivers, with the probability of the chosen basis (the impact
    /// distributions are the risk's own on either basis).
    /// </summary>
    /// <param name="basis">Inherent or residual.</param>
    /// <returns>One driver per open risk that has a schedule or cost impact distribution.</returns>
    public IReadOnlyList<RiskDriver> ToRiskDrivers(AssessmentBasis basis) => Open()
        .Where(r => r.ScheduleImpactDistribution is not null || r.CostImpactDistribution is not null)
        .Select(r => RiskDriver.Create(r.Id, r.Assessment(basis).Probability, r.ScheduleImpactDistribution, r.CostImpactDistribution, r.ActivityIds, r.Kind))
        .ToArray();

    private IEnumerable<ProjectRisk> Open() => _risks.Where(r => r.Status != RiskStatus.Closed);

    private IEnumerable<ProjectRisk> Ranked(IEnumerable<ProjectRisk> risks, AssessmentBasis basis) => risks
        .Select(r => (Risk: r, Score: Scoring.Rate(r.Assessment(basis)).Score))
        .OrderByDescending(t => t.Score)
        .ThenByDescending(t => Math.Abs(t.Risk.ExpectedMonetaryValue(basis)))
        .ThenByDescending(t => Math.Abs(t.Risk.ExpectedDelay(basis)))
        .ThenBy(t => t.Risk.Id, StringComparer.Ordinal)
        .Select(t => t.Risk);

    private IReadOnlyList<ExposureRow> Exposure(AssessmentBasis basis, Func<ProjectRisk, string> key) => Open()
        .GroupBy(key, StringComparer.Ordinal)
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => new ExposureRow(
            g.Key,
            g.Count(),
            g.Where(r => r.Kind == RiskKind.Threat).Sum(r => r.ExpectedMonetaryValue(basis)),
            g.Where(r => r.Kind == RiskKind.Opportunity).Sum(r => r.ExpectedMonetaryValue(basis)),
            g.Sum(r => r.ExpectedDelay(basis)),
            g.Count(r => Scoring.Rate(r.Assessment(basis)).Zone == RagZone.Red)))
        .ToArray();
}
