using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using ProjectDelivery.Planning.EarnedValue;

namespace ProjectDelivery.Serialization.Planning;

/// <summary>
/// <see cref="EarnedValueMetrics"/> as its inputs (<c>periodNumber</c>, <c>date</c>, BAC, cumulative and period PV/EV/AC, <c>bottomUpEstimateToComplete</c>?,
/// <c>plannedDuration</c>, <c>earnedSchedule</c>?, <c>forecastFinish</c>?, <c>options</c>) next to every derived figure under its property name (variances, indices,
/// the five EACs, TCPIs, earned schedule metrics and the six statuses; an undefined figure is omitted).
/// </summary>
/// <remarks>
/// Read through <see cref="EarnedValueMetrics.FromParts"/>, which recomputes every derived figure by the engine's formulas: inputs must be finite
/// (period number, planned duration and earned schedule non-negative; <c>options</c> as <see cref="EarnedValueOptions"/> validates them), a forecast finish
/// needs a defined IEAC(t) (the date itself needs the reporting calendar and is taken as given), and a derived figure present in the JSON must equal the
/// recomputed one exactly (<see cref="JsonException"/> naming the period and field otherwise).
/// </remarks>
internal sealed class EarnedValueMetricsJsonConverter : DtoJsonConverter<EarnedValueMetrics, EarnedValueMetricsDto>
{
    /// <summary>The derived figures, compared with the recomputed ones on reading.</summary>
    private static readonly (string Name, Func<EarnedValueMetricsDto, object?> Get)[] Derived =
    {
        ("costVariance", d => d.CostVariance), ("scheduleVariance", d => d.ScheduleVariance),
        ("costVariancePercent", d => d.CostVariancePercent), ("scheduleVariancePercent", d => d.ScheduleVariancePercent),
        ("costPerformanceIndex", d => d.CostPerformanceIndex), ("schedulePerformanceIndex", d => d.SchedulePerformanceIndex),
        ("costVarianceInPeriod", d => d.CostVarianceInPeriod), ("scheduleVarianceInPeriod", d => d.ScheduleVarianceInPeriod),
        ("costPerformanceIndexInPeriod", d => d.CostPerformanceIndexInPeriod), ("schedulePerformanceIndexInPeriod", d => d.SchedulePerformanceIndexInPeriod),
        ("percentComplete", d => d.PercentComplete), ("percentSpent", d => d.PercentSpent),
        ("estimateAtCompletionCumulativeCpi", d => d.EstimateAtCompletionCumulativeCpi), ("estimateAtCompletionAtBudgetedRate", d => d.EstimateAtCompletionAtBudgetedRate),
        ("estimateAtCompletionCpiTimesSpi", d => d.EstimateAtCompletionCpiTimesSpi), ("estimateAtCompletionComposite", d => d.EstimateAtCompletionComposite),
        ("estimateAtCompletionBottomUp", d => d.EstimateAtCompletionBottomUp), ("estimateAtCompletion", d => d.EstimateAtCompletion),
        ("estimateToComplete", d => d.EstimateToComplete), ("varianceAtCompletion", d => d.VarianceAtCompletion),
        ("toCompletePerformanceIndex", d => d.ToCompletePerformanceIndex), ("toCompletePerformanceIndexToEstimate", d => d.ToCompletePerformanceIndexToEstimate),
        ("actualTime", d => d.ActualTime), ("scheduleVarianceTime", d => d.ScheduleVarianceTime), ("schedulePerformanceIndexTime", d => d.SchedulePerformanceIndexTime),
        ("independentEstimateAtCompletionTime", d => d.IndependentEstimateAtCompletionTime),
        ("costPerformanceStatus", d => d.CostPerformanceStatus), ("schedulePerformanceStatus", d => d.SchedulePerformanceStatus),
        ("schedulePerformanceTimeStatus", d => d.SchedulePerformanceTimeStatus), ("toCompletePerformanceStatus", d => d.ToCompletePerformanceStatus),
        ("costVarianceStatus", d => d.CostVarianceStatus), ("scheduleVarianceStatus", d => d.ScheduleVarianceStatus),
    };

    protected override EarnedValueMetrics FromDto(EarnedValueMetricsDto dto)
    {
        int period = dto.PeriodNumber ?? throw new JsonException("earned value metrics: missing required field 'periodNumber'");
        string item = $"earned value metrics of period {period}";
        double Need(double? value, string field) => Finite(value ?? throw new JsonException($"{item}: missing required field '{field}'"), field);
        double? Optional(double? value, string field) => value is double v ? Finite(v, field) : null;
        double Finite(double value, string field) =>
            double.IsNaN(value) || double.IsInfinity(value) ? throw new JsonException($"{item}: '{field}' must be a finite number") : value;
        EarnedValueMetrics metrics = ElementReader.Build(item, () => EarnedValueMetrics.FromParts(
            period,
            dto.Date ?? throw new JsonException($"{item}: missing required field 'date'"),
            Need(dto.BudgetAtCompletion, "budgetAtCompletion"),
            Need(dto.PlannedValue, "plannedValue"),
            Need(dto.EarnedValue, "earnedValue"),
            Need(dto.ActualCost, "actualCost"),
            Need(dto.PlannedValueInPeriod, "plannedValueInPeriod"),
            Need(dto.EarnedValueInPeriod, "earnedValueInPeriod"),
            Need(dto.ActualCostInPeriod, "actualCostInPeriod"),
            Optional(dto.BottomUpEstimateToComplete, "bottomUpEstimateToComplete"),
            dto.PlannedDuration ?? throw new JsonException($"{item}: missing required field 'plannedDuration'"),
            Optional(dto.EarnedSchedule, "earnedSchedule"),
            dto.ForecastFinish,
            dto.Options ?? throw new JsonException($"{item}: missing required field 'options'")));
        EarnedValueMetricsDto expected = ToMetricsDto(metrics);
        foreach ((string name, Func<EarnedValueMetricsDto, object?> get) in Derived)
        {
            if (get(dto) is { } given && !given.Equals(get(expected)))
            {
                throw new JsonException($"{item}: '{name}' is {Format(given)} but the inputs give {Format(get(expected))}");
            }
        }

        return metrics;
    }

    protected override EarnedValueMetricsDto ToDto(EarnedValueMetrics value) => ToMetricsDto(value);

    internal static EarnedValueMetricsDto ToMetricsDto(EarnedValueMetrics m) => new()
    {
        PeriodNumber = m.PeriodNumber,
        Date = m.Date,
        BudgetAtCompletion = m.BudgetAtCompletion,
        PlannedValue = m.PlannedValue,
        EarnedValue = m.EarnedValue,
        ActualCost = m.ActualCost,
        PlannedValueInPeriod = m.PlannedValueInPeriod,
        EarnedValueInPeriod = m.EarnedValueInPeriod,
        ActualCostInPeriod = m.ActualCostInPeriod,
        BottomUpEstimateToComplete = m.BottomUpEstimateToComplete,
        PlannedDuration = m.PlannedDuration,
        EarnedSchedule = m.EarnedSchedule,
        ForecastFinish = m.ForecastFinish,
        CostVariance = m.CostVariance,
        ScheduleVariance = m.ScheduleVariance,
        CostVariancePercent = m.CostVariancePercent,
        ScheduleVariancePercent = m.ScheduleVariancePercent,
        CostPerformanceIndex = m.CostPerformanceIndex,
        SchedulePerformanceIndex = m.SchedulePerformanceIndex,
        CostVarianceInPeriod = m.CostVarianceInPeriod,
        ScheduleVarianceInPeriod = m.ScheduleVarianceInPeriod,
        CostPerformanceIndexInPeriod = m.CostPerformanceIndexInPeriod,
        SchedulePerformanceIndexInPeriod = m.SchedulePerformanceIndexInPeriod,
        PercentComplete = m.PercentComplete,
        PercentSpent = m.PercentSpent,
        EstimateAtCompletionCumulativeCpi = m.EstimateAtCompletionCumulativeCpi,
        EstimateAtCompletionAtBudgetedRate = m.EstimateAtCompletionAtBudgetedRate,
        EstimateAtCompletionCpiTimesSpi = m.EstimateAtCompletionCpiTimesSpi,
        EstimateAtCompletionComposite = m.EstimateAtCompletionComposite,
        EstimateAtCompletionBottomUp = m.EstimateAtCompletionBottomUp,
        EstimateAtCompletion = m.EstimateAtCompletion,
        EstimateToComplete = m.EstimateToComplete,
        VarianceAtCompletion = m.VarianceAtCompletion,
        ToCompletePerformanceIndex = m.ToCompletePerformanceIndex,
        ToCompletePerformanceIndexToEstimate = m.ToCompletePerformanceIndexToEstimate,
        ActualTime = m.ActualTime,
        ScheduleVarianceTime = m.ScheduleVarianceTime,
        SchedulePerformanceIndexTime = m.SchedulePerformanceIndexTime,
        IndependentEstimateAtCompletionTime = m.IndependentEstimateAtCompletionTime,
        CostPerformanceStatus = m.CostPerformanceStatus,
        SchedulePerformanceStatus = m.SchedulePerformanceStatus,
        SchedulePerformanceTimeStatus = m.SchedulePerformanceTimeStatus,
        ToCompletePerformanceStatus = m.ToCompletePerformanceStatus,
        CostVarianceStatus = m.CostVarianceStatus,
        ScheduleVarianceStatus = m.ScheduleVarianceStatus,
        Options = m.Options,
    };

    private static string Format(object? value) => value switch
    {
        null => "undefined",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}

/// <summary>
/// <see cref="EarnedValueNode"/> as <c>{ "id", "name"?, "kind", "parentId"?, "level", "budgetAtCompletion", "bottomUpEstimateToComplete"?, "plannedDuration",
/// "status", "children"?, "report" }</c>: the node's figures, its metrics at the status date and its sub-tree (children nested in the same shape, in WBS
/// order), then the <see cref="EarnedValueReport"/> it is a view of (written once, on the outer node).
/// </summary>
/// <remarks>
/// A node is a view of its report, so reading analyses <c>report</c> (its own validation) and takes the node with <c>id</c>; every other field present
/// (name, kind, parent, level, BAC, ETC, planned duration, status metrics, and each nested child recursively, whose ids must be the node's children in order)
/// must equal the report's (<see cref="JsonException"/> naming the node and field otherwise). Depth is bounded by the serializer's <c>MaxDepth</c>.
/// </remarks>
internal sealed class EarnedValueNodeJsonConverter : DtoJsonConverter<EarnedValueNode, EarnedValueNodeDto>
{
    protected override EarnedValueNode FromDto(EarnedValueNodeDto dto)
    {
        string id = NetworkJson.Required(dto.Id, "id");
        EarnedValueReport report = dto.Report ?? throw new JsonException($"earned value node '{id}': missing required field 'report'");
        EarnedValueNode node;
        try
        {
            node = report.Node(id);
        }
        catch (KeyNotFoundException ex)
        {
            throw new JsonException($"earned value node '{id}': the report has no node with this id", ex);
        }

        Check(dto, node, ChildrenByParent(report), outer: true);
        return node;
    }

    protected override EarnedValueNodeDto ToDto(EarnedValueNode value)
    {
        EarnedValueNodeDto dto = ToNodeDto(value, ChildrenByParent(value.Report));
        dto.Report = value.Report;
        return dto;
    }

    private static Dictionary<string, List<EarnedValueNode>> ChildrenByParent(EarnedValueReport report)
    {
        var children = new Dictionary<string, List<EarnedValueNode>>(StringComparer.Ordinal);
        foreach (EarnedValueNode node in report.Nodes)
        {
            if (node.ParentId is { } parent)
            {
                if (!children.TryGetValue(parent, out List<EarnedValueNode>? list))
                {
                    children[parent] = list = new List<EarnedValueNode>();
                }

                list.Add(node);
            }
        }

        return children;
    }

    private static EarnedValueNodeDto ToNodeDto(EarnedValueNode node, Dictionary<string, List<EarnedValueNode>> children) => new()
    {
        Id = node.Id,
        Name = node.Name,
        Kind = node.Kind,
        ParentId = node.ParentId,
        Level = node.Level,
        BudgetAtCompletion = node.BudgetAtCompletion,
        BottomUpEstimateToComplete = node.BottomUpEstimateToComplete,
        PlannedDuration = node.PlannedDuration,
        Status = node.Status,
        Children = children.TryGetValue(node.Id, out List<EarnedValueNode>? kids) ? kids.Select(k => ToNodeDto(k, children)).ToList() : null,
    };

    private static void Check(EarnedValueNodeDto dto, EarnedValueNode node, Dictionary<string, List<EarnedValueNode>> children, bool outer)
    {
        string item = $"earned value node '{node.Id}'";
        if (!outer && dto.Report is not null)
        {
            throw new JsonException($"{item}: only the outer node carries the 'report'");
        }

        void Same(object? given, object? actual, string field)
        {
            if (given is not null && !given.Equals(actual))
            {
                throw new JsonException($"{item}: '{field}' is {given} but the report gives {actual ?? "none"}");
            }
        }

        Same(dto.Name, node.Name, "name");
        Same(dto.Kind, node.Kind, "kind");
        Same(dto.ParentId, node.ParentId, "parentId");
        Same(dto.Level, node.Level, "level");
        Same(dto.BudgetAtCompletion, node.BudgetAtCompletion, "budgetAtCompletion");
        Same(dto.BottomUpEstimateToComplete, node.BottomUpEstimateToComplete, "bottomUpEstimateToComplete");
        Same(dto.PlannedDuration, node.PlannedDuration, "plannedDuration");
        if (dto.Status is { } status && ProjectDeliveryJson.Serialize(status) != ProjectDeliveryJson.Serialize(node.Status))
        {
            throw new JsonException($"{item}: 'status' differs from the report's metrics at period {node.Status.PeriodNumber}");
        }

        if (dto.Children is not { } given)
        {
            return;
        }

        List<EarnedValueNode> actual = children.TryGetValue(node.Id, out List<EarnedValueNode>? kids) ? kids : new List<EarnedValueNode>();
        string[] givenIds = given.Select((c, i) => c?.Id ?? throw new JsonException($"{item}: children[{i}] has no 'id'")).ToArray();
        if (!givenIds.SequenceEqual(actual.Select(k => k.Id), StringComparer.Ordinal))
        {
            throw new JsonException($"{item}: 'children' lists [{string.Join(", ", givenIds)}] but the report's children are [{string.Join(", ", actual.Select(k => k.Id))}]");
        }

        for (int i = 0; i < given.Count; i++)
        {
            Check(given[i], actual[i], children, outer: false);
        }
    }
}

/// <summary>
/// <see cref="EarnedValueRow"/> as its columns in camelCase (<c>nodeId</c>, <c>parentId</c>?, <c>nodeName</c>?, <c>nodeKind</c>, <c>level</c>,
/// <c>periodNumber</c>, <c>periodStart</c>, <c>periodEnd</c>, <c>isStatusPeriod</c>, <c>bac</c> … <c>ieact</c>, <c>forecastFinish</c>?, the six statuses);
/// the <see cref="DateTime"/> conveniences are not written. Undefined metrics are omitted.
/// </summary>
/// <remarks>
/// Checked on reading (<see cref="JsonException"/> naming the node, period and field): required fields present; <c>nodeKind</c> one of <c>Project</c>,
/// <c>WbsElement</c>, <c>ControlAccount</c> and the project row alone at level 0 without a parent; period ≥ 1 with <c>at</c> equal to it; planned duration ≥ 0;
/// start ≤ end; every number finite; the identities the engine computes exactly (<c>cv = ev − ac</c>, <c>sv = ev − pv</c>, <c>eacBudgetedRate = ac + (bac − ev)</c>,
/// <c>svt = es − at</c>); statuses named <see cref="PerformanceStatus"/> values, <c>Undefined</c> exactly when their metric is.
/// </remarks>
internal sealed class EarnedValueRowJsonConverter : DtoJsonConverter<EarnedValueRow, EarnedValueRowDto>
{
    protected override EarnedValueRow FromDto(EarnedValueRowDto d)
    {
        string nodeId = NetworkJson.Required(d.NodeId, "nodeId");
        int period = d.PeriodNumber ?? throw new JsonException($"earned value row '{nodeId}': missing required field 'periodNumber'");
        string item = $"earned value row '{nodeId}' period {period}";
        T Need<T>(T? value, string field)
            where T : struct => value ?? throw new JsonException($"{item}: missing required field '{field}'");
        double Money(double? value, string field) => Finite(Need(value, field), field);
        double? Optional(double? value, string field) => value is double v ? Finite(v, field) : null;
        double Finite(double value, string field) =>
            double.IsNaN(value) || double.IsInfinity(value) ? throw new JsonException($"{item}: '{field}' must be finite") : value;

        if (nodeId.Length == 0)
        {
            throw new JsonException("earned value row: 'nodeId' must not be empty");
        }

        string kind = NetworkJson.Required(d.NodeKind, "nodeKind");
        if (!Enum.TryParse(kind, ignoreCase: false, out EarnedValueNodeKind nodeKind) || !Enum.IsDefined(typeof(EarnedValueNodeKind), nodeKind) || kind != nodeKind.ToString())
        {
            throw new JsonException($"{item}: 'nodeKind' '{kind}' is not Project, WbsElement or ControlAccount");
        }

        int level = Need(d.Level, "level");
        bool isProject = nodeKind == EarnedValueNodeKind.Project;
        if (level < 0 || (level == 0) != isProject || (d.ParentId is null) != isProject)
        {
            throw new JsonException($"{item}: only the Project row has level 0 and no parent (kind {kind}, level {level}, parent '{d.ParentId}')");
        }

        if (period < 1)
        {
            throw new JsonException($"{item}: 'periodNumber' must be at least 1");
        }

        int at = Need(d.At, "at");
        int pd = Need(d.Pd, "pd");
        if (at != period || pd < 0)
        {
            throw new JsonException($"{item}: 'at' ({at}) must equal the period number and 'pd' ({pd}) must not be negative");
        }

        LocalDate start = Need(d.PeriodStart, "periodStart");
        LocalDate end = Need(d.PeriodEnd, "periodEnd");
        if (end < start)
        {
            throw new JsonException($"{item}: 'periodEnd' {end:uuuu-MM-dd} is before 'periodStart' {start:uuuu-MM-dd}");
        }

        double bac = Money(d.Bac, "bac"), pv = Money(d.Pv, "pv"), ev = Money(d.Ev, "ev"), ac = Money(d.Ac, "ac");
        double cv = Money(d.Cv, "cv"), sv = Money(d.Sv, "sv"), eacBudgetedRate = Money(d.EacBudgetedRate, "eacBudgetedRate");
        double? es = Optional(d.Es, "es"), svt = Optional(d.Svt, "svt");
        Identity(cv, ev - ac, "cv", "ev − ac");
        Identity(sv, ev - pv, "sv", "ev − pv");
        Identity(eacBudgetedRate, ac + (bac - ev), "eacBudgetedRate", "ac + (bac − ev)");
        if (svt != es - at)
        {
            throw new JsonException($"{item}: 'svt' must equal es − at ({(es - at)?.ToString("R", CultureInfo.InvariantCulture) ?? "undefined"})");
        }

        double? cvPercent = Optional(d.CvPercent, "cvPercent"), svPercent = Optional(d.SvPercent, "svPercent"), cpi = Optional(d.Cpi, "cpi"), spi = Optional(d.Spi, "spi");
        double? tcpi = Optional(d.Tcpi, "tcpi"), spit = Optional(d.Spit, "spit");
        return new EarnedValueRow(
            nodeId, d.ParentId, d.NodeName, kind, level, period, start, end, Need(d.IsStatusPeriod, "isStatusPeriod"),
            bac, pv, ev, ac, Money(d.PvPeriod, "pvPeriod"), Money(d.EvPeriod, "evPeriod"), Money(d.AcPeriod, "acPeriod"), cv, sv, cvPercent, svPercent, cpi, spi,
            Optional(d.CpiPeriod, "cpiPeriod"), Optional(d.SpiPeriod, "spiPeriod"), Optional(d.PercentComplete, "percentComplete"),
            Optional(d.Eac, "eac"), Optional(d.Etc, "etc"), Optional(d.Vac, "vac"), tcpi, Optional(d.TcpiEac, "tcpiEac"), eacBudgetedRate,
            Optional(d.EacCpi, "eacCpi"), Optional(d.EacCpiSpi, "eacCpiSpi"), Optional(d.EacComposite, "eacComposite"), Optional(d.EacBottomUp, "eacBottomUp"),
            es, at, pd, svt, spit, Optional(d.Ieact, "ieact"), d.ForecastFinish,
            Status(d.CpiStatus, "cpiStatus", cpi), Status(d.SpiStatus, "spiStatus", spi), Status(d.SpitStatus, "spitStatus", spit),
            Status(d.TcpiStatus, "tcpiStatus", tcpi), Status(d.CvStatus, "cvStatus", cvPercent), Status(d.SvStatus, "svStatus", svPercent));

        void Identity(double given, double computed, string field, string formula)
        {
            if (!given.Equals(computed))
            {
                throw new JsonException($"{item}: '{field}' ({given.ToString("R", CultureInfo.InvariantCulture)}) must equal {formula} ({computed.ToString("R", CultureInfo.InvariantCulture)})");
            }
        }

        string Status(string? text, string field, double? metric)
        {
            string value = text ?? throw new JsonException($"{item}: missing required field '{field}'");
            if (!Enum.TryParse(value, ignoreCase: false, out PerformanceStatus status) || !Enum.IsDefined(typeof(PerformanceStatus), status) || value != status.ToString())
            {
                throw new JsonException($"{item}: '{field}' '{value}' is not Undefined, Green, Amber or Red");
            }

            if ((status == PerformanceStatus.Undefined) != (metric is null))
            {
                throw new JsonException($"{item}: '{field}' is {value} but its metric is {(metric is null ? "undefined" : "defined")}");
            }

            return value;
        }
    }

    protected override EarnedValueRowDto ToDto(EarnedValueRow r) => new()
    {
        NodeId = r.NodeId, ParentId = r.ParentId, NodeName = r.NodeName, NodeKind = r.NodeKind, Level = r.Level, PeriodNumber = r.PeriodNumber,
        PeriodStart = r.PeriodStart, PeriodEnd = r.PeriodEnd, IsStatusPeriod = r.IsStatusPeriod, Bac = r.Bac, Pv = r.Pv, Ev = r.Ev, Ac = r.Ac,
        PvPeriod = r.PvPeriod, EvPeriod = r.EvPeriod, AcPeriod = r.AcPeriod, Cv = r.Cv, Sv = r.Sv, CvPercent = r.CvPercent, SvPercent = r.SvPercent,
        Cpi = r.Cpi, Spi = r.Spi, CpiPeriod = r.CpiPeriod, SpiPeriod = r.SpiPeriod, PercentComplete = r.PercentComplete, Eac = r.Eac, Etc = r.Etc,
        Vac = r.Vac, Tcpi = r.Tcpi, TcpiEac = r.TcpiEac, EacBudgetedRate = r.EacBudgetedRate, EacCpi = r.EacCpi, EacCpiSpi = r.EacCpiSpi,
        EacComposite = r.EacComposite, EacBottomUp = r.EacBottomUp, Es = r.Es, At = r.At, Pd = r.Pd, Svt = r.Svt, Spit = r.Spit, Ieact = r.Ieact,
        ForecastFinish = r.ForecastFinish, CpiStatus = r.CpiStatus, SpiStatus = r.SpiStatus, SpitStatus = r.SpitStatus, TcpiStatus = r.TcpiStatus,
        CvStatus = r.CvStatus, SvStatus = r.SvStatus,
    };
}

/// <summary>Earned value metrics: inputs, derived figures (checked on reading) and options.</summary>
internal sealed class EarnedValueMetricsDto
{
    public int? PeriodNumber { get; set; }

    public LocalDate? Date { get; set; }

    public double? BudgetAtCompletion { get; set; }

    public double? PlannedValue { get; set; }

    public double? EarnedValue { get; set; }

    public double? ActualCost { get; set; }

    public double? PlannedValueInPeriod { get; set; }

    public double? EarnedValueInPeriod { get; set; }

    public double? ActualCostInPeriod { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? BottomUpEstimateToComplete { get; set; }

    public int? PlannedDuration { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? EarnedSchedule { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocalDate? ForecastFinish { get; set; }

    public double? CostVariance { get; set; }

    public double? ScheduleVariance { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? CostVariancePercent { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? ScheduleVariancePercent { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? CostPerformanceIndex { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? SchedulePerformanceIndex { get; set; }

    public double? CostVarianceInPeriod { get; set; }

    public double? ScheduleVarianceInPeriod { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? CostPerformanceIndexInPeriod { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? SchedulePerformanceIndexInPeriod { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? PercentComplete { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? PercentSpent { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? EstimateAtCompletionCumulativeCpi { get; set; }

    public double? EstimateAtCompletionAtBudgetedRate { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? EstimateAtCompletionCpiTimesSpi { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? EstimateAtCompletionComposite { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? EstimateAtCompletionBottomUp { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? EstimateAtCompletion { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? EstimateToComplete { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? VarianceAtCompletion { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? ToCompletePerformanceIndex { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? ToCompletePerformanceIndexToEstimate { get; set; }

    public int? ActualTime { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? ScheduleVarianceTime { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? SchedulePerformanceIndexTime { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? IndependentEstimateAtCompletionTime { get; set; }

    [JsonConverter(typeof(CamelCaseEnumJsonConverter<PerformanceStatus>))]
    public PerformanceStatus? CostPerformanceStatus { get; set; }

    [JsonConverter(typeof(CamelCaseEnumJsonConverter<PerformanceStatus>))]
    public PerformanceStatus? SchedulePerformanceStatus { get; set; }

    [JsonConverter(typeof(CamelCaseEnumJsonConverter<PerformanceStatus>))]
    public PerformanceStatus? SchedulePerformanceTimeStatus { get; set; }

    [JsonConverter(typeof(CamelCaseEnumJsonConverter<PerformanceStatus>))]
    public PerformanceStatus? ToCompletePerformanceStatus { get; set; }

    [JsonConverter(typeof(CamelCaseEnumJsonConverter<PerformanceStatus>))]
    public PerformanceStatus? CostVarianceStatus { get; set; }

    [JsonConverter(typeof(CamelCaseEnumJsonConverter<PerformanceStatus>))]
    public PerformanceStatus? ScheduleVarianceStatus { get; set; }

    public EarnedValueOptions? Options { get; set; }
}

/// <summary>An earned value node with its sub-tree; the outer one carries the report.</summary>
internal sealed class EarnedValueNodeDto
{
    public string? Id { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Name { get; set; }

    [JsonConverter(typeof(CamelCaseEnumJsonConverter<EarnedValueNodeKind>))]
    public EarnedValueNodeKind? Kind { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ParentId { get; set; }

    public int? Level { get; set; }

    public double? BudgetAtCompletion { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? BottomUpEstimateToComplete { get; set; }

    public int? PlannedDuration { get; set; }

    public EarnedValueMetrics? Status { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<EarnedValueNodeDto>? Children { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public EarnedValueReport? Report { get; set; }
}

/// <summary>An earned value report row.</summary>
internal sealed class EarnedValueRowDto
{
    public string? NodeId { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ParentId { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? NodeName { get; set; }

    public string? NodeKind { get; set; }

    public int? Level { get; set; }

    public int? PeriodNumber { get; set; }

    public LocalDate? PeriodStart { get; set; }

    public LocalDate? PeriodEnd { get; set; }

    public bool? IsStatusPeriod { get; set; }

    public double? Bac { get; set; }

    public double? Pv { get; set; }

    public double? Ev { get; set; }

    public double? Ac { get; set; }

    public double? PvPeriod { get; set; }

    public double? EvPeriod { get; set; }

    public double? AcPeriod { get; set; }

    public double? Cv { get; set; }

    public double? Sv { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? CvPercent { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? SvPercent { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Cpi { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Spi { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? CpiPeriod { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? SpiPeriod { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? PercentComplete { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Eac { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Etc { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Vac { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Tcpi { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? TcpiEac { get; set; }

    public double? EacBudgetedRate { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? EacCpi { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? EacCpiSpi { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? EacComposite { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? EacBottomUp { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Es { get; set; }

    public int? At { get; set; }

    public int? Pd { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Svt { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Spit { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Ieact { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocalDate? ForecastFinish { get; set; }

    public string? CpiStatus { get; set; }

    public string? SpiStatus { get; set; }

    public string? SpitStatus { get; set; }

    public string? TcpiStatus { get; set; }

    public string? CvStatus { get; set; }

    public string? SvStatus { get; set; }
}
