using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using ProjectDelivery.Planning.Risk;
using ProjectDelivery.Planning.Risk.Simulation;
using ProjectDelivery.Planning.Scheduling;

namespace ProjectDelivery.Cli.Commands;

/// <summary>A risk analysis read from the risk JSON format (docs/formats.md, "Risk").</summary>
internal sealed class RiskInput
{
    public required ProjectNetwork Network { get; init; }

    public required ScheduleRiskModel Model { get; init; }

    public required RiskRegister Register { get; init; }

    public required int Iterations { get; init; }

    public required long Seed { get; init; }

    public double? TargetFinish { get; init; }

    /// <summary>The project start and calendar when the file is in calendar mode (has <c>start</c>): units convert to dates.</summary>
    public CalendarScheduleOptions? Calendar { get; init; }

    /// <summary>Converts time units from the project start to a date (calendar mode only).</summary>
    public LocalDateTime ToDate(double units)
    {
        CalendarScheduleOptions c = Calendar!;
        return c.Calendar.AddWorkingTime(c.ProjectStart, Duration.FromTicks((long)Math.Round(units * c.EffectiveTimeUnit.BclCompatibleTicks)));
    }

    public double? Budget { get; init; }

    public required double Confidence { get; init; }

    public required bool HasCost { get; init; }
}

/// <summary>
/// Reader of the risk JSON format: the schedule format (read by <see cref="ScheduleJson"/>) whose activity
/// durations may be distributions, plus <c>risks</c>, <c>correlations</c>, <c>iterations</c>, <c>seed</c>,
/// <c>targetFinish</c>, <c>budget</c>, <c>confidence</c> and <c>scoring</c>.
/// </summary>
internal static class RiskJson
{
    public static RiskInput Read(JsonElement root, string file, int? iterationsOverride, long? seedOverride)
    {
        JsonInput.RequireObject(root, "$");
        var uncertainties = new List<ActivityUncertainty>();
        bool hasCost = false;

        // The schedule part: replace distribution durations by their point estimates and let the schedule reader build the network.
        JsonNode scheduleNode = JsonNode.Parse(root.GetRawText())!;
        JsonArray? activityNodes = scheduleNode["activities"] as JsonArray;
        foreach ((JsonElement item, string path) in JsonInput.Array(JsonInput.RequireProperty(root, "activities", "$"), "$.activities"))
        {
            JsonInput.RequireObject(item, path);
            string id = JsonInput.String(JsonInput.RequireProperty(item, "id", path), path + ".id");
            string ap = $"{path} (activity '{id}')";
            JsonElement durationElement = JsonInput.RequireProperty(item, "duration", ap);
            UncertainValue? cost = JsonInput.TryGet(item, "cost", out JsonElement c) ? Distribution(c, ap + ".cost") : null;
            double costRate = JsonInput.TryGet(item, "costRate", out JsonElement cr) ? JsonInput.Number(cr, ap + ".costRate", 0) : 0.0;
            hasCost |= cost is not null || costRate > 0;
            if (durationElement.ValueKind == JsonValueKind.Object)
            {
                UncertainValue duration = Distribution(durationElement, ap + ".duration");
                int index = int.Parse(path.Substring(path.LastIndexOf('[') + 1).TrimEnd(']'), CultureInfo.InvariantCulture);
                activityNodes![index]!["duration"] = Math.Max(0.0, duration.PointEstimate);
                uncertainties.Add(ActivityUncertainty.Create(id, duration, cost, costRate));
            }
            else if (cost is not null || costRate > 0)
            {
                double fixedDuration = durationElement.ValueKind == JsonValueKind.Number ? JsonInput.Number(durationElement, ap + ".duration", 0) : 0.0;
                if (durationElement.ValueKind == JsonValueKind.Number)
                {
                    uncertainties.Add(ActivityUncertainty.Create(id, UncertainValue.Fixed(fixedDuration), cost, costRate));
                }
                else
                {
                    throw new CliInputException($"{ap}.duration: an activity with a cost needs a numeric or distribution duration");
                }
            }
        }

        ScheduleInput schedule;
        using (JsonDocument scheduleDocument = JsonDocument.Parse(scheduleNode.ToJsonString()))
        {
            schedule = ScheduleJson.Read(scheduleDocument.RootElement, file);
        }

        ProjectNetwork network = schedule.Network;
        var risks = new List<ProjectRisk>();
        var drivers = new List<RiskDriver>();
        var riskIds = new Dictionary<string, string>(StringComparer.Ordinal);
        if (JsonInput.TryGet(root, "risks", out JsonElement riskArray))
        {
            foreach ((JsonElement item, string path) in JsonInput.Array(riskArray, "$.risks"))
            {
                (ProjectRisk risk, RiskDriver driver) = ReadRisk(item, path, network, riskIds);
                risks.Add(risk);
                drivers.Add(driver);
            }
        }

        var correlations = new List<RankCorrelation>();
        if (JsonInput.TryGet(root, "correlations", out JsonElement corrArray))
        {
            foreach ((JsonElement item, string path) in JsonInput.Array(corrArray, "$.correlations"))
            {
                JsonInput.RequireObject(item, path);
                string[] pair = JsonInput.Array(JsonInput.RequireProperty(item, "activities", path), path + ".activities")
                    .Select(t => JsonInput.String(t.Item, t.Path)).ToArray();
                if (pair.Length != 2)
                {
                    throw new CliInputException($"{path}.activities: expected two activity ids, got {pair.Length}");
                }

                double coefficient = JsonInput.Number(JsonInput.RequireProperty(item, "coefficient", path), path + ".coefficient", -1, 1);
                correlations.Add(Wrap(path, () => RankCorrelation.Create(pair[0], pair[1], coefficient)));
            }
        }

        ScheduleRiskModel model = Wrap("$", () => ScheduleRiskModel.Create(network, uncertainties, drivers, correlations));
        RiskScoringModel scoring = ReadScoring(root, model, hasCost);
        int iterations = iterationsOverride ?? (JsonInput.TryGet(root, "iterations", out JsonElement it) ? (int)JsonInput.Integer(it, "$.iterations", 1, 100_000_000) : 10_000);
        long seed = seedOverride ?? (JsonInput.TryGet(root, "seed", out JsonElement sd) ? JsonInput.Integer(sd, "$.seed", long.MinValue, long.MaxValue) : 0L);
        return new RiskInput
        {
            Network = network,
            Model = model,
            Register = Wrap("$.risks", () => RiskRegister.Create(risks, scoring)),
            Iterations = iterations,
            Seed = seed,
            TargetFinish = JsonInput.TryGet(root, "targetFinish", out JsonElement tf) ? Target(tf, schedule.CalendarOptions) : null,
            Calendar = schedule.CalendarOptions,
            Budget = JsonInput.TryGet(root, "budget", out JsonElement bu) ? JsonInput.Number(bu, "$.budget") : null,
            Confidence = JsonInput.TryGet(root, "confidence", out JsonElement cf) ? JsonInput.Number(cf, "$.confidence", 0, 1) : 0.8,
            HasCost = hasCost || drivers.Any(d => d.CostImpact is not null),
        };
    }

    /// <summary>A target finish: time units, or in calendar mode also a date (converted to working time units from the start).</summary>
    private static double Target(JsonElement element, CalendarScheduleOptions? calendar)
    {
        if (element.ValueKind == JsonValueKind.String && calendar is not null)
        {
            LocalDateTime date = JsonInput.LocalDateTime(element, "$.targetFinish");
            return calendar.Calendar.WorkingTimeBetween(calendar.ProjectStart, date).BclCompatibleTicks / (double)calendar.EffectiveTimeUnit.BclCompatibleTicks;
        }

        return JsonInput.Number(element, "$.targetFinish");
    }

    /// <summary>A number (fixed) or an object <c>{ "distribution": …, parameters }</c>.</summary>
    public static UncertainValue Distribution(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Number)
        {
            return UncertainValue.Fixed(JsonInput.Number(element, path));
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new CliInputException($"{path}: expected a number or a distribution object, got {JsonInput.Describe(element)}");
        }

        string kind = JsonInput.String(JsonInput.RequireProperty(element, "distribution", path), path + ".distribution");
        double P(string name) => JsonInput.Number(JsonInput.RequireProperty(element, name, path), path + "." + name);
        return kind switch
        {
            "fixed" => UncertainValue.Fixed(P("value")),
            "triangular" => Wrap(path, () => UncertainValue.Triangular(P("min"), P("mostLikely"), P("max"))),
            "pert" => Wrap(path, () => UncertainValue.Pert(P("min"), P("mostLikely"), P("max"))),
            "uniform" => Wrap(path, () => UncertainValue.Uniform(P("min"), P("max"))),
            "normal" => Wrap(path, () => UncertainValue.Normal(P("mean"), P("sd"))),
            "lognormal" => Wrap(path, () => UncertainValue.LogNormal(P("mean"), P("sd"))),
            _ => throw new CliInputException($"{path}.distribution: unknown distribution '{kind}' (expected triangular, pert, uniform, normal, lognormal or fixed)"),
        };
    }

    private static (ProjectRisk Risk, RiskDriver Driver) ReadRisk(JsonElement item, string path, ProjectNetwork network, Dictionary<string, string> seen)
    {
        JsonInput.RequireObject(item, path);
        string id = JsonInput.String(JsonInput.RequireProperty(item, "id", path), path + ".id");
        if (id.Length == 0)
        {
            throw new CliInputException($"{path}.id: a risk id must not be empty");
        }

        if (seen.TryGetValue(id, out string? first))
        {
            throw new CliInputException($"{path}.id: duplicate risk id '{id}' (first at {first})");
        }

        seen[id] = path;
        string rp = $"{path} (risk '{id}')";
        if (network.Contains(id))
        {
            throw new CliInputException($"{rp}.id: '{id}' is also an activity id; risk and activity ids must differ");
        }

        double probability = JsonInput.Number(JsonInput.RequireProperty(item, "probability", rp), rp + ".probability", 0, 1);
        UncertainValue? impact = JsonInput.TryGet(item, "impact", out JsonElement im) ? Distribution(im, rp + ".impact") : null;
        UncertainValue? costImpact = JsonInput.TryGet(item, "costImpact", out JsonElement ci) ? Distribution(ci, rp + ".costImpact") : null;
        string[] activities = JsonInput.TryGet(item, "activities", out JsonElement acts)
            ? JsonInput.Array(acts, rp + ".activities").Select(t => JsonInput.String(t.Item, t.Path)).ToArray()
            : Array.Empty<string>();
        foreach (string a in activities)
        {
            if (!network.Contains(a))
            {
                throw new CliInputException($"{rp}.activities: unknown activity '{a}'");
            }
        }

        if (impact is not null && activities.Length == 0)
        {
            throw new CliInputException($"{rp}.activities: a risk with an impact must list the activities it affects");
        }

        if (impact is null && costImpact is null)
        {
            throw new CliInputException($"{rp}: needs an 'impact' (schedule) or a 'costImpact'");
        }

        RiskKind kind = RiskKind.Threat;
        if (JsonInput.TryGet(item, "kind", out JsonElement k))
        {
            string text = JsonInput.String(k, rp + ".kind");
            kind = text switch
            {
                "threat" => RiskKind.Threat,
                "opportunity" => RiskKind.Opportunity,
                _ => throw new CliInputException($"{rp}.kind: '{text}' is not threat or opportunity"),
            };
        }

        if (impact is not null && impact.Mean < 0 || costImpact is not null && costImpact.Mean < 0)
        {
            throw new CliInputException($"{rp}: impacts are magnitudes (mean ≥ 0); use \"kind\": \"opportunity\" for gains");
        }

        string title = JsonInput.TryGet(item, "title", out JsonElement t) ? JsonInput.String(t, rp + ".title") : id;
        LocalDate identified = JsonInput.TryGet(item, "identified", out JsonElement idt) ? JsonInput.LocalDate(idt, rp + ".identified") : new LocalDate(2000, 1, 1);
        RiskAssessment inherent = Wrap(rp, () => RiskAssessment.Create(probability, Math.Max(0, costImpact?.Mean ?? 0), Math.Max(0, impact?.Mean ?? 0)));
        ProjectRisk risk = Wrap(rp, () => ProjectRisk.Create(id, title.Length == 0 ? id : title, kind, inherent, identified)
            .WithQuantification(impact, costImpact, activities));
        if (JsonInput.TryGet(item, "cause", out _) || JsonInput.TryGet(item, "event", out _) || JsonInput.TryGet(item, "effect", out _))
        {
            risk = risk.WithDescription(OptionalString(item, "cause", rp), OptionalString(item, "event", rp), OptionalString(item, "effect", rp));
        }

        risk = Wrap(rp, () => risk.WithOwnership(OptionalString(item, "category", rp), OptionalString(item, "owner", rp)));
        if (JsonInput.TryGet(item, "response", out JsonElement response))
        {
            risk = ReadResponse(response, rp + ".response", risk, identified);
        }

        RiskDriver driver = Wrap(rp, () => RiskDriver.Create(id, probability, impact, costImpact, activities, kind));
        return (risk, driver);
    }

    private static ProjectRisk ReadResponse(JsonElement element, string path, ProjectRisk risk, LocalDate date)
    {
        JsonInput.RequireObject(element, path);
        string text = JsonInput.String(JsonInput.RequireProperty(element, "strategy", path), path + ".strategy");
        if (!Enum.TryParse(text, ignoreCase: true, out ResponseStrategy strategy) || !Enum.IsDefined(typeof(ResponseStrategy), strategy) || int.TryParse(text, out _))
        {
            throw new CliInputException($"{path}.strategy: unknown strategy '{text}' (avoid, mitigate, transfer, escalate, accept, exploit, enhance, share)");
        }

        double cost = JsonInput.TryGet(element, "cost", out JsonElement c) ? JsonInput.Number(c, path + ".cost", 0) : 0;
        RiskAssessment inherent = risk.Inherent;
        double p = JsonInput.TryGet(element, "residualProbability", out JsonElement rp) ? JsonInput.Number(rp, path + ".residualProbability", 0, 1) : inherent.Probability;
        double s = JsonInput.TryGet(element, "residualImpact", out JsonElement ri) ? JsonInput.Number(ri, path + ".residualImpact", 0) : inherent.ScheduleImpact;
        double m = JsonInput.TryGet(element, "residualCostImpact", out JsonElement rc) ? JsonInput.Number(rc, path + ".residualCostImpact", 0) : inherent.CostImpact;
        var actions = cost > 0 ? new[] { ResponseAction.Create("response to " + risk.Id, risk.Owner.Length > 0 ? risk.Owner : "unassigned", cost, date) } : Array.Empty<ResponseAction>();
        return Wrap(path, () => risk.WithResponse(RiskResponse.Create(strategy, actions, RiskAssessment.Create(p, m, s))));
    }

    private static RiskScoringModel ReadScoring(JsonElement root, ScheduleRiskModel model, bool hasCost)
    {
        int size = 5;
        JsonElement scoring = default;
        bool has = JsonInput.TryGet(root, "scoring", out scoring);
        if (has)
        {
            JsonInput.RequireObject(scoring, "$.scoring");
            if (JsonInput.TryGet(scoring, "size", out JsonElement s))
            {
                size = (int)JsonInput.Integer(s, "$.scoring.size", 3, 10);
            }
        }

        // Default impact bounds: shares of the deterministic project duration and cost.
        double[] shares = size switch
        {
            3 => new[] { 0.025, 0.10 },
            4 => new[] { 0.01, 0.05, 0.10 },
            5 => new[] { 0.01, 0.025, 0.05, 0.10 },
            _ => Enumerable.Range(1, size - 1).Select(i => 0.10 * Math.Pow(2, i - (size - 1))).ToArray(),
        };
        double[] Defaults(double basis) => new[] { 0.0 }.Concat(shares.Select(x => x * (basis > 0 ? basis : 1.0))).Concat(new[] { double.MaxValue }).ToArray();
        double[] probability = size == 5 ? new[] { 0.0, 0.1, 0.3, 0.5, 0.7, 1.0 } : Enumerable.Range(0, size + 1).Select(i => (double)i / size).ToArray();
        double[] schedule = Defaults(model.DeterministicFinish);
        double[] cost = Defaults(hasCost ? model.DeterministicCost : 0);
        ProbabilityImpactMatrix matrix = ProbabilityImpactMatrix.Create(size);
        if (has)
        {
            probability = Bounds(scoring, "probabilityBounds", size) ?? probability;
            schedule = Bounds(scoring, "scheduleBounds", size) ?? schedule;
            cost = Bounds(scoring, "costBounds", size) ?? cost;
            double amber = JsonInput.TryGet(scoring, "amber", out JsonElement a) ? JsonInput.Number(a, "$.scoring.amber") : matrix.AmberThreshold;
            double red = JsonInput.TryGet(scoring, "red", out JsonElement r) ? JsonInput.Number(r, "$.scoring.red") : matrix.RedThreshold;
            matrix = Wrap("$.scoring", () => ProbabilityImpactMatrix.Create(matrix.ProbabilityWeights, matrix.ImpactWeights, amber, red));
        }

        return Wrap("$.scoring", () => RiskScoringModel.Create(RiskScale.FromBounds(probability), RiskScale.FromBounds(cost), RiskScale.FromBounds(schedule), matrix));
    }

    private static double[]? Bounds(JsonElement scoring, string name, int size)
    {
        if (!JsonInput.TryGet(scoring, name, out JsonElement e))
        {
            return null;
        }

        double[] values = JsonInput.Array(e, "$.scoring." + name).Select(t => JsonInput.Number(t.Item, t.Path, 0, 1e15)).ToArray();
        if (values.Length != size + 1)
        {
            throw new CliInputException($"$.scoring.{name}: a {size}-level scale needs {size + 1} bounds, got {values.Length}");
        }

        return values;
    }

    private static string OptionalString(JsonElement item, string name, string path) =>
        JsonInput.TryGet(item, name, out JsonElement e) ? JsonInput.String(e, path + "." + name) : string.Empty;

    private static T Wrap<T>(string path, Func<T> build)
    {
        try
        {
            return build();
        }
        catch (ArgumentException ex)
        {
            string message = ex.Message;
            int paramNote = message.IndexOf(" (Parameter", StringComparison.Ordinal);
            throw new CliInputException($"{path}: {(paramNote > 0 ? message.Substring(0, paramNote) : message)}", ex);
        }
    }
}
