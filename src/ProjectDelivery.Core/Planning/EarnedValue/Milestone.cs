using NodaTime;

namespace ProjectDelivery.Planning.EarnedValue;

/// <summary>A weighted milestone for <see cref="EarningTechniques.WeightedMilestones"/>.</summary>
/// <param name="Name">Name, used in error messages.</param>
/// <param name="Weight">Weight, finite and non-negative; weights are normalised over the activity's milestones.</param>
/// <param name="Achieved">The date the milestone was achieved, or null when not yet.</param>
public readonly record struct Milestone(string Name, double Weight, LocalDate? Achieved);
