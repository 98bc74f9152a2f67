using NodaTime;

namespace ProjectDelivery.Planning.EarnedValue;

/// <summary>
/// One flat report row: one node × one reported period, with plain properties (text, numbers, dates) that a
/// report designer can bind to. Money and indices are unrounded; undefined metrics are null; statuses are the
/// names of <see cref="PerformanceStatus"/> values.
/// </summary>
public sealed class EarnedValueRow
{
    internal EarnedValueRow(EarnedValueNode node, EarnedValueMetrics m, ReportingCalendar calendar, bool isStatusPeriod)
    {
        NodeId = node.Id;
        ParentId = node.ParentId;
        NodeName = node.Name;
        NodeKind = node.Kind.ToString();
        Level = node.Level;
        PeriodNumber = m.PeriodNumber;
        PeriodStart = calendar.PeriodStart(m.PeriodNumber - 1);
        PeriodEnd = m.Date;
        IsStatusPeriod = isStatusPeriod;
        Bac = m.BudgetAtCompletion;
        Pv = m.PlannedValue;
        Ev = m.EarnedValue;
        Ac = m.ActualCost;
        PvPeriod = m.PlannedValueInPeriod;
        EvPeriod = m.EarnedValueInPeriod;
        AcPeriod = m.ActualCostInPeriod;
        Cv = m.CostVariance;
        Sv = m.ScheduleVariance;
        CvPercent = m.CostVariancePercent;
        SvPercent = m.ScheduleVariancePercent;
        Cpi = m.CostPerformanceIndex;
        Spi = m.SchedulePerformanceIndex;
        CpiPeriod = m.CostPerformanceIndexInPeriod;
        SpiPeriod = m.SchedulePerformanceIndexInPeriod;
        PercentComplete = m.PercentComplete;
        Eac = m.EstimateAtCompletion;
        Etc = m.EstimateToComplete;
        Vac = m.VarianceAtCompletion;
        Tcpi = m.ToCompletePerformanceIndex;
        TcpiEac = m.ToCompletePerformanceIndexToEstimate;
        EacBudgetedRate = m.EstimateAtCompletionAtBudgetedRate;
        EacCpi = m.EstimateAtCompletionCumulativeCpi;
        EacCpiSpi = m.EstimateAtCompletionCpiTimesSpi;
        EacComposite = m.EstimateAtCompletionComposite;
        EacBottomUp = m.EstimateAtCompletionBottomUp;
        Es = m.EarnedSchedule;
        At = m.ActualTime;
        Pd = m.PlannedDuration;
        Svt = m.ScheduleVarianceTime;
        Spit = m.SchedulePerformanceIndexTime;
        Ieact = m.IndependentEstimateAtCompletionTime;
        ForecastFinish = m.ForecastFinish;
        CpiStatus = m.CostPerformanceStatus.ToString();
        SpiStatus = m.SchedulePerformanceStatus.ToString();
        SpitStatus = m.SchedulePerformanceTimeStatus.ToString();
        TcpiStatus = m.ToCompletePerformanceStatus.ToString();
        CvStatus = m.CostVarianceStatus.ToString();
        SvStatus = m.ScheduleVarianceStatus.ToString();
    }

    /// <summary>A row from its columns as read from JSON (the reader checks them first).</summary>
    internal EarnedValueRow(
        string nodeId, string? parentId, string? nodeName, string nodeKind, int level, int periodNumber, LocalDate periodStart, LocalDate periodEnd,
        bool isStatusPeriod, double bac, double pv, double ev, double ac, double pvPeriod, double evPeriod, double acPeriod, double cv, double sv,
        double? cvPercent, double? svPercent, double? cpi, double? spi, double? cpiPeriod, double? spiPeriod, double? percentComplete, double? eac,
        double? etc, double? vac, double? tcpi, double? tcpiEac, double eacBudgetedRate, double? eacCpi, double? eacCpiSpi, double? eacComposite,
        double? eacBottomUp, double? es, int at, int pd, double? svt, double? spit, double? ieact, LocalDate? forecastFinish, string cpiStatus,
        string spiStatus, string spitStatus, string tcpiStatus, string cvStatus, string svStatus)
    {
        NodeId = nodeId;
        ParentId = parentId;
        NodeName = nodeName;
        NodeKind = nodeKind;
        Level = level;
        PeriodNumber = periodNumber;
        PeriodStart = periodStart;
        PeriodEnd = periodEnd;
        IsStatusPeriod = isStatusPeriod;
        Bac = bac;
        Pv = pv;
        Ev = ev;
        Ac = ac;
        PvPeriod = pvPeriod;
        EvPeriod = evPeriod;
        AcPeriod = acPeriod;
        Cv = cv;
        Sv = sv;
        CvPercent = cvPercent;
        SvPercent = svPercent;
        Cpi = cpi;
        Spi = spi;
        CpiPeriod = cpiPeriod;
        SpiPeriod = spiPeriod;
        PercentComplete = percentComplete;
        Eac = eac;
        Etc = etc;
        Vac = vac;
        Tcpi = tcpi;
        TcpiEac = tcpiEac;
        EacBudgetedRate = eacBudgetedRate;
        EacCpi = eacCpi;
        EacCpiSpi = eacCpiSpi;
        EacComposite = eacComposite;
        EacBottomUp = eacBottomUp;
        Es = es;
        At = at;
        Pd = pd;
        Svt = svt;
        Spit = spit;
        Ieact = ieact;
        ForecastFinish = forecastFinish;
        CpiStatus = cpiStatus;
        SpiStatus = spiStatus;
        SpitStatus = spitStatus;
        TcpiStatus = tcpiStatus;
        CvStatus = cvStatus;
        SvStatus = svStatus;
    }

    /// <summary>Node id (account, WBS element, or <see cref="EarnedValueProject.TotalId"/>).</summary>
    public string NodeId { get; }

    /// <summary>Parent node id, or null for the total.</summary>
    public string? ParentId { get; }

    /// <summary>Node display name, or null.</summary>
    public string? NodeName { get; }

    /// <summary>"Project", "WbsElement" or "ControlAccount".</summary>
    public string NodeKind { get; }

    /// <summary>Depth in the WBS, 0 for the total.</summary>
    public int Level { get; }

    /// <summary>One-based period number.</summary>
    public int PeriodNumber { get; }

    /// <summary>First day of the period.</summary>
    public LocalDate PeriodStart { get; }

    /// <summary>Last day of the period.</summary>
    public LocalDate PeriodEnd { get; }

    /// <summary><see cref="PeriodStart"/> as a <see cref="System.DateTime"/> (midnight, unspecified kind), for report designers that cannot bind NodaTime types.</summary>
    public System.DateTime PeriodStartDate => PeriodStart.ToDateTimeUnspecified();

    /// <summary><see cref="PeriodEnd"/> as a <see cref="System.DateTime"/> (midnight, unspecified kind).</summary>
    public System.DateTime PeriodEndDate => PeriodEnd.ToDateTimeUnspecified();

    /// <summary>True for the status period.</summary>
    public bool IsStatusPeriod { get; }

    /// <summary>Budget at completion.</summary>
    public double Bac { get; }

    /// <summary>Cumulative planned value.</summary>
    public double Pv { get; }

    /// <summary>Cumulative earned value.</summary>
    public double Ev { get; }

    /// <summary>Cumulative actual cost.</summary>
    public double Ac { get; }

    /// <summary>Planned value in the period.</summary>
    public double PvPeriod { get; }

    /// <summary>Earned value in the period.</summary>
    public double EvPeriod { get; }

    /// <summary>Actual cost in the period.</summary>
    public double AcPeriod { get; }

    /// <summary>Cost variance EV − AC.</summary>
    public double Cv { get; }

    /// <summary>Schedule variance EV − PV.</summary>
    public double Sv { get; }

    /// <summary>CV / EV × 100, or null.</summary>
    public double? CvPercent { get; }

    /// <summary>SV / PV × 100, or null.</summary>
    public double? SvPercent { get; }

    /// <summary>EV / AC, or null.</summary>
    public double? Cpi { get; }

    /// <summary>EV / PV, or null.</summary>
    public double? Spi { get; }

    /// <summary>CPI of the period alone, or null.</summary>
    public double? CpiPeriod { get; }

    /// <summary>SPI of the period alone, or null.</summary>
    public double? SpiPeriod { get; }

    /// <summary>EV / BAC × 100, or null.</summary>
    public double? PercentComplete { get; }

    /// <summary>Primary EAC, or null.</summary>
    public double? Eac { get; }

    /// <summary>EAC − AC, or null.</summary>
    public double? Etc { get; }

    /// <summary>BAC − EAC, or null.</summary>
    public double? Vac { get; }

    /// <summary>TCPI to BAC, or null.</summary>
    public double? Tcpi { get; }

    /// <summary>TCPI to the primary EAC, or null.</summary>
    public double? TcpiEac { get; }

    /// <summary>EAC = AC + (BAC − EV).</summary>
    public double EacBudgetedRate { get; }

    /// <summary>EAC = BAC / CPI, or null.</summary>
    public double? EacCpi { get; }

    /// <summary>EAC = AC + (BAC − EV) / (CPI × SPI), or null.</summary>
    public double? EacCpiSpi { get; }

    /// <summary>EAC with the composite index, or null.</summary>
    public double? EacComposite { get; }

    /// <summary>EAC = AC + bottom-up ETC, or null.</summary>
    public double? EacBottomUp { get; }

    /// <summary>Earned schedule in periods, or null.</summary>
    public double? Es { get; }

    /// <summary>Actual time in periods.</summary>
    public int At { get; }

    /// <summary>Planned duration in periods.</summary>
    public int Pd { get; }

    /// <summary>SV(t) = ES − AT in periods, or null.</summary>
    public double? Svt { get; }

    /// <summary>SPI(t) = ES / AT, or null.</summary>
    public double? Spit { get; }

    /// <summary>IEAC(t) = PD / SPI(t) in periods, or null.</summary>
    public double? Ieact { get; }

    /// <summary>Forecast finish date, or null.</summary>
    public LocalDate? ForecastFinish { get; }

    /// <summary><see cref="ForecastFinish"/> as a <see cref="System.DateTime"/> (midnight, unspecified kind), or null.</summary>
    public System.DateTime? ForecastFinishDate => ForecastFinish?.ToDateTimeUnspecified();

    /// <summary>Status of CPI.</summary>
    public string CpiStatus { get; }

    /// <summary>Status of SPI.</summary>
    public string SpiStatus { get; }

    /// <summary>Status of SPI(t).</summary>
    public string SpitStatus { get; }

    /// <summary>Status of TCPI.</summary>
    public string TcpiStatus { get; }

    /// <summary>Status of CV%.</summary>
    public string CvStatus { get; }

    /// <summary>Status of SV%.</summary>
    public string SvStatus { get; }
}
