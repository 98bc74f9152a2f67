using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using ProjectDelivery.Planning.Risk.Simulation;
using ProjectDelivery.Utility;

namespace ProjectDelivery.Planning.Risk;

/// <summary>
/// One entry of a risk register: a threat or opportunity described as cause → event → effect, with its
/// category, owner, status history, triggers, review date, inherent assessment, planned response and
/// (optionally) the impact distributions and activities used by Monte Carlo analysis.
/// </summary>
/// <remarks>Immutable: every <c>With…</c> method returns a new risk. Status and assessment changes append a dated <see cref="RiskRevision"/>.</remarks>
public sealed class ProjectRisk
{
    private static readonly string[] NoStrings = Array.Empty<string>();
    private RiskRevision[] _revisions;
    private string[] _triggers;
    private string[] _activityIds;

    private ProjectRisk(string id, string title, RiskKind kind, RiskRevision first)
    {
        Id = id;
        Title = title;
        Kind = kind;
        _revisions = new[] { first };
        _triggers = NoStrings;
        _activityIds = NoStrings;
    }

    /// <summary>Unique identifier within a register.</summary>
    public string Id { get; }

    /// <summary>Short title.</summary>
    public string Title { get; }

    /// <summary>Threat or opportunity.</summary>
    public RiskKind Kind { get; }

    /// <summary>The cause (a fact or condition that gives rise to the risk).</summary>
    public string Cause { get; private set; } = string.Empty;

    /// <summary>The uncertain event.</summary>
    public string Event { get; private set; } = string.Empty;

    /// <summary>The effect on objectives if the event happens.</summary>
    public string Effect { get; private set; } = string.Empty;

    /// <summary>Risk breakdown structure path, levels separated by '/', e.g. <c>Technical/Design</c>; empty when uncategorised.</summary>
    public string Category { get; private set; } = string.Empty;

    /// <summary>Risk owner; empty when not yet assigned.</summary>
    public string Owner { get; private set; } = string.Empty;

    /// <summary>Warning signs that the risk is about to occur.</summary>
    public IReadOnlyList<string> Triggers => _triggers;

    /// <summary>Next review date, if set.</summary>
    public LocalDate? ReviewDate { get; private set; }

    /// <summary>Current status (that of the latest revision).</summary>
    public RiskStatus Status => _revisions[_revisions.Length - 1].Status;

    /// <summary>Dated history of status and inherent assessment, oldest first; never empty.</summary>
    public IReadOnlyList<RiskRevision> Revisions => _revisions;

    /// <summary>Inherent (pre-response) assessment (that of the latest revision).</summary>
    public RiskAssessment Inherent => _revisions[_revisions.Length - 1].Assessment;

    /// <summary>The planned response, if any.</summary>
    public RiskResponse? Response { get; private set; }

    /// <summary>Residual (post-response) assessment; the inherent assessment when no response is planned.</summary>
    public RiskAssessment Residual => Response?.Residual ?? Inherent;

    /// <summary>Distribution of the schedule impact when the risk occurs (for Monte Carlo), if quantified.</summary>
    public UncertainValue? ScheduleImpactDistribution { get; private set; }

    /// <summary>Distribution of the cost impact when the risk occurs (for Monte Carlo), if quantified.</summary>
    public UncertainValue? CostImpactDistribution { get; private set; }

    /// <summary>Activities whose durations the schedule impact is added to (risk-driver method).</summary>
    public IReadOnlyList<string> ActivityIds => _activityIds;

    /// <summary>Creates a newly identified risk.</summary>
    /// <param name="id">Identifier (not empty).</param>
    /// <param name="title">Title (not empty).</param>
    /// <param name="kind">Threat or opportunity.</param>
    /// <param name="assessment">Initial inherent assessment.</param>
    /// <param name="identifiedOn">Date of identification (first revision).</param>
    /// <returns>The risk, in status <see cref="RiskStatus.Identified"/>.</returns>
    /// <exception cref="ArgumentException">Id or title is empty.</exception>
    public static ProjectRisk Create(string id, string title, RiskKind kind, RiskAssessment assessment, LocalDate identifiedOn)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(id), nameof(id), "A risk needs a non-empty id.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(title), nameof(title), $"Risk '{id}' needs a title.");
        Preconditions.CheckArgument(Enum.IsDefined(typeof(RiskKind), kind), nameof(kind), $"Risk '{id}' has unknown kind {(int)kind}.");
        return new ProjectRisk(id, title, kind, new RiskRevision(identifiedOn, RiskStatus.Identified, assessment, "identified"));
    }

    /// <summary>Returns a copy with the cause → event → effect description.</summary>
    /// <param name="cause">The cause.</param>
    /// <param name="riskEvent">The uncertain event.</param>
    /// <param name="effect">The effect on objectives.</param>
    /// <returns>The new risk.</returns>
    public ProjectRisk WithDescription(string cause, string riskEvent, string effect)
    {
        ProjectRisk copy = Copy();
        copy.Cause = cause ?? string.Empty;
        copy.Event = riskEvent ?? string.Empty;
        copy.Effect = effect ?? string.Empty;
        return copy;
    }

    /// <summary>Returns a copy with a category path and owner.</summary>
    /// <param name="category">Risk breakdown structure path ('/' between levels, no empty level).</param>
    /// <param name="owner">Risk owner.</param>
    /// <returns>The new risk.</returns>
    /// <exception cref="ArgumentException">The category has an empty level.</exception>
    public ProjectRisk WithOwnership(string category, string owner)
    {
        category ??= string.Empty;
        Preconditions.CheckArgument(category.Length == 0 || category.Split('/').All(s => s.Trim().Length > 0), nameof(category),
            $"Risk '{Id}': category '{category}' has an empty level.");
        ProjectRisk copy = Copy();
        copy.Category = category;
        copy.Owner = owner ?? string.Empty;
        return copy;
    }

    /// <summary>Returns a copy with triggers and a review date.</summary>
    /// <param name="triggers">Warning signs.</param>
    /// <param name="reviewDate">Next review date, or null.</param>
    /// <returns>The new risk.</returns>
    public ProjectRisk WithMonitoring(IEnumerable<string> triggers, LocalDate? reviewDate)
    {
        Preconditions.CheckNotNull(triggers, nameof(triggers));
        ProjectRisk copy = Copy();
        copy._triggers = triggers.Where(t => !string.IsNullOrWhiteSpace(t)).ToArray();
        copy.ReviewDate = reviewDate;
        return copy;
    }

    /// <summary>Returns a copy in a new status, recording a revision.</summary>
    /// <param name="status">The new status (see <see cref="RiskStatus"/> for allowed moves).</param>
    /// <param name="date">Date of the change (not before the latest revision).</param>
    /// <param name="note">Why.</param>
    /// <returns>The new risk.</returns>
    /// <exception cref="InvalidOperationException">The move is not allowed from the current status.</exception>
    /// <exception cref="ArgumentException">The date is before the latest revision.</exception>
    public ProjectRisk WithStatus(RiskStatus status, LocalDate date, string note = "")
    {
        if (!IsAllowed(Status, status))
        {
            throw new InvalidOperationException($"Risk '{Id}' cannot move from {Status} to {status}.");
        }

        return Append(new RiskRevision(date, status, Inherent, note ?? string.Empty));
    }

    /// <summary>Returns a copy with a new inherent assessment, recording a revision; an identified risk becomes assessed.</summary>
    /// <param name="assessment">The new inherent assessment.</param>
    /// <param name="date">Date of the change (not before the latest revision).</param>
    /// <param name="note">Why.</param>
    /// <returns>The new risk.</returns>
    public ProjectRisk WithAssessment(RiskAssessment assessment, LocalDate date, string note = "")
    {
        RiskStatus status = Status == RiskStatus.Identified ? RiskStatus.Assessed : Status;
        return Append(new RiskRevision(date, status, assessment, note ?? string.Empty));
    }

    /// <summary>Returns a copy with a planned response.</summary>
    /// <param name="response">The response; its strategy must suit the risk's kind.</param>
    /// <returns>The new risk.</returns>
    /// <exception cref="ArgumentException">The strategy does not apply to this kind of risk.</exception>
    public ProjectRisk WithResponse(RiskResponse response)
    {
        Preconditions.CheckNotNull(response, nameof(response));
        Preconditions.CheckArgument(response.Strategy.AppliesTo(Kind), nameof(response),
            $"Risk '{Id}' is a {Kind.ToString().ToLowerInvariant()}; strategy {response.Strategy} does not apply to it.");
        ProjectRisk copy = Copy();
        copy.Response = response;
        return copy;
    }

    /// <summary>Returns a copy quantified for Monte Carlo analysis (risk-driver method).</summary>
    /// <param name="scheduleImpact">Schedule impact if it occurs (added to each listed activity's duration), or null.</param>
    /// <param name="costImpact">Cost impact if it occurs (added once to the project cost), or null.</param>
    /// <param name="activityIds">Activities the schedule impact applies to (distinct ids).</param>
    /// <returns>The new risk.</returns>
    /// <exception cref="ArgumentException">An activity id is empty or repeated, or a schedule impact has no activity.</exception>
    public ProjectRisk WithQuantification(UncertainValue? scheduleImpact, UncertainValue? costImpact, IEnumerable<string> activityIds)
    {
        Preconditions.CheckNotNull(activityIds, nameof(activityIds));
        string[] ids = activityIds.ToArray();
        Preconditions.CheckArgument(Array.TrueForAll(ids, s => !string.IsNullOrWhiteSpace(s)), nameof(activityIds), $"Risk '{Id}' lists an empty activity id.");
        string? duplicate = ids.GroupBy(s => s, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1)?.Key;
        Preconditions.CheckArgument(duplicate is null, nameof(activityIds), $"Risk '{Id}' lists activity '{duplicate}' twice.");
        Preconditions.CheckArgument(scheduleImpact is null || ids.Length > 0, nameof(activityIds), $"Risk '{Id}' has a schedule impact but lists no activity.");
        ProjectRisk copy = Copy();
        copy.ScheduleImpactDistribution = scheduleImpact;
        copy.CostImpactDistribution = costImpact;
        copy._activityIds = ids;
        return copy;
    }

    /// <summary>The assessment on the given basis.</summary>
    /// <param name="basis">Inherent or residual.</param>
    /// <returns>The assessment.</returns>
    public RiskAssessment Assessment(AssessmentBasis basis) => basis == AssessmentBasis.Residual ? Residual : Inherent;

    /// <summary>
    /// Expected monetary value on the given basis: probability × cost impact, positive for a threat
    /// (expected cost) and negative for an opportunity (expected saving).
    /// </summary>
    /// <param name="basis">Inherent or residual.</param>
    /// <returns>The signed EMV.</returns>
    public double ExpectedMonetaryValue(AssessmentBasis basis) => Sign * Assessment(basis).ExpectedCost;

    /// <summary>Expected schedule effect: probability × schedule impact, positive for a threat (delay), negative for an opportunity.</summary>
    /// <param name="basis">Inherent or residual.</param>
    /// <returns>The signed expected delay.</returns>
    public double ExpectedDelay(AssessmentBasis basis) => Sign * Assessment(basis).ExpectedDelay;

    internal double Sign => Kind == RiskKind.Threat ? 1.0 : -1.0;

    /// <summary>Formats as <c>R1 Threat 'Title' (Assessed)</c>.</summary>
    /// <returns>A readable form.</returns>
    public override string ToString() => $"{Id} {Kind} '{Title}' ({Status})";

    private static bool IsAllowed(RiskStatus from, RiskStatus to) => from switch
    {
        RiskStatus.Identified => to is RiskStatus.Assessed or RiskStatus.Closed,
        RiskStatus.Assessed => to is RiskStatus.Identified or RiskStatus.Responding or RiskStatus.Occurred or RiskStatus.Closed,
        RiskStatus.Responding => to is RiskStatus.Assessed or RiskStatus.Occurred or RiskStatus.Closed,
        RiskStatus.Occurred => to is RiskStatus.Responding or RiskStatus.Closed,
        RiskStatus.Closed => to is RiskStatus.Identified,
        _ => false,
    };

    private ProjectRisk Append(RiskRevision revision)
    {
        LocalDate last = _revisions[_revisions.Length - 1].Date;
        Preconditions.CheckArgument(revision.Date >= last, "date", $"Risk '{Id}': revision date {revision.Date:yyyy-MM-dd} is before the latest revision ({last:yyyy-MM-dd}).");
        ProjectRisk copy = Copy();
        var list = new RiskRevision[_revisions.Length + 1];
        Array.Copy(_revisions, list, _revisions.Length);
        list[_revisions.Length] = revision;
        copy._revisions = list;
        return copy;
    }

    private ProjectRisk Copy() => (ProjectRisk)MemberwiseClone();
}
