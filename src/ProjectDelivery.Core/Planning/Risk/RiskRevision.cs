using NodaTime;

namespace ProjectDelivery.Planning.Risk;

/// <summary>One dated entry of a risk's history: its status and inherent assessment from that date on.</summary>
public sealed class RiskRevision
{
    internal RiskRevision(LocalDate date, RiskStatus status, RiskAssessment assessment, string note)
    {
        Date = date;
        Status = status;
        Assessment = assessment;
        Note = note;
    }

    /// <summary>Date of the change.</summary>
    public LocalDate Date { get; }

    /// <summary>Status from this date on.</summary>
    public RiskStatus Status { get; }

    /// <summary>Inherent assessment from this date on.</summary>
    public RiskAssessment Assessment { get; }

    /// <summary>Why the risk changed (may be empty).</summary>
    public string Note { get; }

    /// <summary>Formats as <c>2027-01-04 Assessed p=… (note)</c>.</summary>
    /// <returns>A readable form.</returns>
    public override string ToString() => $"{Date:yyyy-MM-dd} {Status} {Assessment}" + (Note.Length == 0 ? string.Empty : $" ({Note})");
}
