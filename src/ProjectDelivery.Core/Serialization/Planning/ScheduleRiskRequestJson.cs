using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using ProjectDelivery.Planning.Risk;
using ProjectDelivery.Planning.Risk.Simulation;
using ProjectDelivery.Planning.Scheduling;

namespace ProjectDelivery.Serialization.Planning;

/// <summary>Reads and writes <see cref="ScheduleRiskRequest"/> as the risk file format (docs/formats.md, "Risk").</summary>
internal sealed class ScheduleRiskRequestJsonConverter : JsonConverter<ScheduleRiskRequest>
{
    public override ScheduleRiskRequest Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using JsonDocument document = JsonDocument.ParseValue(ref reader);
        return ScheduleRiskRequestJson.Read(document.RootElement);
    }

    public override void Write(Utf8JsonWriter writer, ScheduleRiskRequest value, JsonSerializerOptions options) =>
        ScheduleRiskRequestJson.Write(writer, value, options);
}

/// <summary>The risk format: the schedule format with distribution durations, plus risks, correlations, scoring and run settings.</summary>
internal static class ScheduleRiskRequestJson
{
    private static readonly HashSet<string> RootFields = With(ScheduleRequestJson.RootFields,
        "risks", "correlations", "scoring", "iterations", "seed", "targetFinish", "budget", "confidence");

    private static readonly HashSet<string> ActivityFields = With(ScheduleRequestJson.ActivityFields, "cost", "costRate");

    private static readonly HashSet<string> CorrelationFields = ElementReader.Fields("activities", "coefficient");

    private static readonly HashSet<string> RiskFields = ElementReader.Fields(
        "id", "title", "kind", "probability", "impact", "costImpact", "activities", "identified", "cause", "event", "effect", "category", "owner", "response");

    private static readonly HashSet<string> ResponseFields = ElementReader.Fields("strategy", "cost", "residualProbability", "residualImpact", "residualCostImpact");

    private static readonly HashSet<string> ScoringFields = ElementReader.Fields("size", "probabilityBounds", "scheduleBounds", "costBounds", "amber", "red");

    private static readonly Dictionary<string, HashSet<string>> DistributionFields = new(StringComparer.Ordinal)
    {
        ["fixed"] = ElementReader.Fields("distribution", "value"),
        ["triangular"] = ElementReader.Fields("distribution", "min", "mostLikely", "max"),
        ["pert"] = ElementReader.Fields("distribution", "min", "mostLikely", "max"),
        ["uniform"] = ElementReader.Fields("distribution", "min", "max"),
        ["normal"] = ElementReader.Fields("distribution", "mean", "sd"),
        ["lognormal"] = ElementReader.Fields("distribution", "mean", "sd"),
    };

    internal static ScheduleRiskRequest Read(JsonElement root)
    {
        ElementReader.RequireObject(root, "$");
        var uncertainties = new List<ActivityUncertainty>();

        // Costs and distributions per activity; the schedule reader then takes the point estimates of distribution durations.
        foreach ((JsonElement item, string path) in ElementReader.Array(ElementReader.RequireProperty(root, "activities", "$"), "$.activities"))
        {
            ElementReader.RequireObject(item, path);
            string id = ElementReader.String(ElementReader.RequireProperty(item, "id", path), path + ".id");
            string ap = $"{path} (activity '{id}')";
            JsonElement durationElement = ElementReader.RequireProperty(item, "duration", ap);
            UncertainValue? cost = ElementReader.TryGet(item, "cost", out JsonElement c) ? Distribution(c, ap + ".cost") : null;
            double costRate = ElementReader.TryGet(item, "costRate", out JsonElement cr) ? ElementReader.Number(cr, ap + ".costRate", 0) : 0.0;
            if (durationElement.ValueKind == JsonValueKind.Object)
            {
                UncertainValue duration = Distribution(durationElement, ap + ".duration");
                uncertainties.Add(ElementReader.Build(ap, () => ActivityUncertainty.Create(id, duration, cost, costRate)));
            }
            else if (cost is not null || costRate > 0)
            {
                if (durationElement.ValueKind != JsonValueKind.Number)
                {
                    throw ElementReader.Error(ap + ".duration", "an activity with a cost needs a numeric or distribution duration");
                }

                double fixedDuration = ElementReader.Number(durationElement, ap + ".duration", 0);
                uncertainties.Add(ElementReader.Build(ap, () => ActivityUncertainty.Create(id, UncertainValue.Fixed(fixedDuration), cost, costRate)));
            }
        }

        ScheduleRequest schedule = ScheduleRequestJson.Read(root, (element, path) =>
            element.ValueKind == JsonValueKind.Object ? Math.Max(0.0, Distribution(element, path).PointEstimate) : null, RootFields, ActivityFields);
        ProjectNetwork network = schedule.Network;
        var risks = new List<ProjectRisk>();
        var riskIds = new Dictionary<string, string>(StringComparer.Ordinal);
        if (ElementReader.TryGet(root, "risks", out JsonElement riskArray))
        {
            foreach ((JsonElement item, string path) in ElementReader.Array(riskArray, "$.risks"))
            {
                risks.Add(ReadRisk(item, path, network, riskIds));
            }
        }

        var correlations = new List<RankCorrelation>();
        if (ElementReader.TryGet(root, "correlations", out JsonElement corrArray))
        {
            foreach ((JsonElement item, string path) in ElementReader.Array(corrArray, "$.correlations"))
            {
                ElementReader.RequireObject(item, path);
                ElementReader.CheckFields(item, path, CorrelationFields);
                string[] pair = ElementReader.Array(ElementReader.RequireProperty(item, "activities", path), path + ".activities")
                    .Select(t => ElementReader.String(t.Item, t.Path)).ToArray();
                if (pair.Length != 2)
                {
                    throw ElementReader.Error(path + ".activities", $"expected two activity ids, got {pair.Length}");
                }

                double coefficient = ElementReader.Number(ElementReader.RequireProperty(item, "coefficient", path), path + ".coefficient", -1, 1);
                correlations.Add(ElementReader.Build(path, () => RankCorrelation.Create(pair[0], pair[1], coefficient)));
            }
        }

        RiskScoringSettings scoring = ReadScoring(root);
        int iterations = ElementReader.TryGet(root, "iterations", out JsonElement it) ? (int)ElementReader.Integer(it, "$.iterations", 1, 100_000_000) : 10_000;
        long seed = ElementReader.TryGet(root, "seed", out JsonElement sd) ? ElementReader.Integer(sd, "$.seed", long.MinValue, long.MaxValue) : 0L;
        ScheduleMoment? target = null;
        if (ElementReader.TryGet(root, "targetFinish", out JsonElement tf))
        {
            target = tf.ValueKind == JsonValueKind.String && schedule.CalendarOptions is not null
                ? ScheduleMoment.FromDate(ElementReader.LocalDateTime(tf, "$.targetFinish"))
                : ScheduleMoment.FromUnits(ElementReader.Number(tf, "$.targetFinish"));
        }

        double? budget = ElementReader.TryGet(root, "budget", out JsonElement bu) ? ElementReader.Number(bu, "$.budget") : null;
        double confidence = ElementReader.TryGet(root, "confidence", out JsonElement cf) ? ElementReader.Number(cf, "$.confidence", 0, 1) : 0.8;
        return ElementReader.Build("$", () => ScheduleRiskRequest.Create(schedule, uncertainties, risks, correlations, scoring, iterations, seed, target, budget, confidence));
    }

    /// <summary>A number (fixed) or an object <c>{ "distribution": …, parameters }</c>.</summary>
    internal static UncertainValue Distribution(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Number)
        {
            return UncertainValue.Fixed(ElementReader.Number(element, path));
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            throw ElementReader.Error(path, $"expected a number or a distribution object, got {ElementReader.Describe(element)}");
        }

        string kind = ElementReader.String(ElementReader.RequireProperty(element, "distribution", path), path + ".distribution");
        if (DistributionFields.TryGetValue(kind, out HashSet<string>? fields))
        {
            ElementReader.CheckFields(element, path, fields);
        }

        double P(string name) => ElementReader.Number(ElementReader.RequireProperty(element, name, path), path + "." + name);
        return kind switch
        {
            "fixed" => UncertainValue.Fixed(P("value")),
            "triangular" => ElementReader.Build(path, () => UncertainValue.Triangular(P("min"), P("mostLikely"), P("max"))),
            "pert" => ElementReader.Build(path, () => UncertainValue.Pert(P("min"), P("mostLikely"), P("max"))),
            "uniform" => ElementReader.Build(path, () => UncertainValue.Uniform(P("min"), P("max"))),
            "normal" => ElementReader.Build(path, () => UncertainValue.Normal(P("mean"), P("sd"))),
            "lognormal" => ElementReader.Build(path, () => UncertainValue.LogNormal(P("mean"), P("sd"))),
            _ => throw ElementReader.Error(path + ".distribution", $"unknown distribution '{kind}' (expected triangular, pert, uniform, normal, lognormal or fixed)"),
        };
    }

    private static ProjectRisk ReadRisk(JsonElement item, string path, ProjectNetwork network, Dictionary<string, string> seen)
    {
        ElementReader.RequireObject(item, path);
        string id = ElementReader.String(ElementReader.RequireProperty(item, "id", path), path + ".id");
        if (id.Length == 0)
        {
            throw ElementReader.Error(path + ".id", "a risk id must not be empty");
        }

        if (seen.TryGetValue(id, out string? first))
        {
            throw ElementReader.Error(path + ".id", $"duplicate risk id '{id}' (first at {first})");
        }

        seen[id] = path;
        string rp = $"{path} (risk '{id}')";
        ElementReader.CheckFields(item, rp, RiskFields);
        if (network.Contains(id))
        {
            throw ElementReader.Error(rp + ".id", $"'{id}' is also an activity id; risk and activity ids must differ");
        }

        double probability = ElementReader.Number(ElementReader.RequireProperty(item, "probability", rp), rp + ".probability", 0, 1);
        UncertainValue? impact = ElementReader.TryGet(item, "impact", out JsonElement im) ? Distribution(im, rp + ".impact") : null;
        UncertainValue? costImpact = ElementReader.TryGet(item, "costImpact", out JsonElement ci) ? Distribution(ci, rp + ".costImpact") : null;
        string[] activities = ElementReader.TryGet(item, "activities", out JsonElement acts)
            ? ElementReader.Array(acts, rp + ".activities").Select(t => ElementReader.String(t.Item, t.Path)).ToArray()
            : Array.Empty<string>();
        foreach (string a in activities)
        {
            if (!network.Contains(a))
            {
                throw ElementReader.Error(rp + ".activities", $"unknown activity '{a}'");
            }
        }

        if (impact is not null && activities.Length == 0)
        {
            throw ElementReader.Error(rp + ".activities", "a risk with an impact must list the activities it affects");
        }

        if (impact is null && costImpact is null)
        {
            throw ElementReader.Error(rp, "needs an 'impact' (schedule) or a 'costImpact'");
        }

        RiskKind kind = RiskKind.Threat;
        if (ElementReader.TryGet(item, "kind", out JsonElement k))
        {
            string text = ElementReader.String(k, rp + ".kind");
            kind = text switch
            {
                "threat" => RiskKind.Threat,
                "opportunity" => RiskKind.Opportunity,
                _ => throw ElementReader.Error(rp + ".kind", $"'{text}' is not threat or opportunity"),
            };
        }

        if (impact is not null && impact.Mean < 0 || costImpact is not null && costImpact.Mean < 0)
        {
            throw ElementReader.Error(rp, "impacts are magnitudes (mean ≥ 0); use \"kind\": \"opportunity\" for gains");
        }

        string title = ElementReader.OptionalString(item, "title", rp) ?? id;
        LocalDate identified = ElementReader.TryGet(item, "identified", out JsonElement idt) ? ElementReader.LocalDate(idt, rp + ".identified") : new LocalDate(2000, 1, 1);
        RiskAssessment inherent = ElementReader.Build(rp, () => RiskAssessment.Create(probability, Math.Max(0, costImpact?.Mean ?? 0), Math.Max(0, impact?.Mean ?? 0)));
        ProjectRisk risk = ElementReader.Build(rp, () => ProjectRisk.Create(id, title.Length == 0 ? id : title, kind, inherent, identified)
            .WithQuantification(impact, costImpact, activities));
        if (ElementReader.TryGet(item, "cause", out _) || ElementReader.TryGet(item, "event", out _) || ElementReader.TryGet(item, "effect", out _))
        {
            risk = risk.WithDescription(ElementReader.OptionalString(item, "cause", rp) ?? string.Empty, ElementReader.OptionalString(item, "event", rp) ?? string.Empty,
                ElementReader.OptionalString(item, "effect", rp) ?? string.Empty);
        }

        string category = ElementReader.OptionalString(item, "category", rp) ?? string.Empty;
        string owner = ElementReader.OptionalString(item, "owner", rp) ?? string.Empty;
        risk = ElementReader.Build(rp, () => risk.WithOwnership(category, owner));
        if (ElementReader.TryGet(item, "response", out JsonElement response))
        {
            risk = ReadResponse(response, rp + ".response", risk, identified);
        }

        ProjectRisk built = risk;
        ElementReader.Build(rp, () => ScheduleRiskRequest.DriverOf(built));
        return built;
    }

    private static ProjectRisk ReadResponse(JsonElement element, string path, ProjectRisk risk, LocalDate date)
    {
        ElementReader.RequireObject(element, path);
        ElementReader.CheckFields(element, path, ResponseFields);
        string text = ElementReader.String(ElementReader.RequireProperty(element, "strategy", path), path + ".strategy");
        if (!Enum.TryParse(text, ignoreCase: true, out ResponseStrategy strategy) || !Enum.IsDefined(typeof(ResponseStrategy), strategy) || int.TryParse(text, out _))
        {
            throw ElementReader.Error(path + ".strategy", $"unknown strategy '{text}' (avoid, mitigate, transfer, escalate, accept, exploit, enhance, share)");
        }

        double cost = ElementReader.TryGet(element, "cost", out JsonElement c) ? ElementReader.Number(c, path + ".cost", 0) : 0;
        RiskAssessment inherent = risk.Inherent;
        double p = ElementReader.TryGet(element, "residualProbability", out JsonElement rp) ? ElementReader.Number(rp, path + ".residualProbability", 0, 1) : inherent.Probability;
        double s = ElementReader.TryGet(element, "residualImpact", out JsonElement ri) ? ElementReader.Number(ri, path + ".residualImpact", 0) : inherent.ScheduleImpact;
        double m = ElementReader.TryGet(element, "residualCostImpact", out JsonElement rc) ? ElementReader.Number(rc, path + ".residualCostImpact", 0) : inherent.CostImpact;
        ResponseAction[] actions = cost > 0
            ? new[] { ElementReader.Build(path, () => ResponseAction.Create("response to " + risk.Id, risk.Owner.Length > 0 ? risk.Owner : "unassigned", cost, date)) }
            : Array.Empty<ResponseAction>();
        return ElementReader.Build(path, () => risk.WithResponse(RiskResponse.Create(strategy, actions, RiskAssessment.Create(p, m, s))));
    }

    private static RiskScoringSettings ReadScoring(JsonElement root)
    {
        if (!ElementReader.TryGet(root, "scoring", out JsonElement scoring))
        {
            return new RiskScoringSettings();
        }

        ElementReader.RequireObject(scoring, "$.scoring");
        ElementReader.CheckFields(scoring, "$.scoring", ScoringFields);
        int size = ElementReader.TryGet(scoring, "size", out JsonElement s) ? (int)ElementReader.Integer(s, "$.scoring.size", 3, 10) : 5;
        var settings = new RiskScoringSettings
        {
            Size = size,
            ProbabilityBounds = Bounds(scoring, "probabilityBounds", size),
            ScheduleBounds = Bounds(scoring, "scheduleBounds", size),
            CostBounds = Bounds(scoring, "costBounds", size),
            Amber = ElementReader.TryGet(scoring, "amber", out JsonElement a) ? ElementReader.Number(a, "$.scoring.amber") : null,
            Red = ElementReader.TryGet(scoring, "red", out JsonElement r) ? ElementReader.Number(r, "$.scoring.red") : null,
        };
        return settings;
    }

    private static double[]? Bounds(JsonElement scoring, string name, int size)
    {
        if (!ElementReader.TryGet(scoring, name, out JsonElement e))
        {
            return null;
        }

        double[] values = ElementReader.Array(e, "$.scoring." + name).Select(t => ElementReader.Number(t.Item, t.Path, 0, 1e15)).ToArray();
        if (values.Length != size + 1)
        {
            throw ElementReader.Error("$.scoring." + name, $"a {size}-level scale needs {size + 1} bounds, got {values.Length}");
        }

        return values;
    }

    private static HashSet<string> With(HashSet<string> fields, params string[] more)
    {
        var all = new HashSet<string>(fields, StringComparer.Ordinal);
        all.UnionWith(more);
        return all;
    }

    internal static void Write(Utf8JsonWriter writer, ScheduleRiskRequest request, JsonSerializerOptions options)
    {
        var byActivity = request.Uncertainties.ToDictionary(u => u.ActivityId, StringComparer.Ordinal);
        writer.WriteStartObject();
        ScheduleRequestJson.WriteBody(writer, request.Schedule, options, (w, activity) =>
        {
            if (byActivity.TryGetValue(activity.Id, out ActivityUncertainty? u))
            {
                WriteDistribution(w, "duration", u.Duration, asObject: true);
                if (u.Cost is not null)
                {
                    WriteDistribution(w, "cost", u.Cost, asObject: false);
                }

                if (u.CostRate > 0)
                {
                    w.WriteNumber("costRate", u.CostRate);
                }
            }
            else
            {
                w.WriteNumber("duration", activity.Duration);
            }
        });
        if (request.Correlations.Count > 0)
        {
            writer.WriteStartArray("correlations");
            foreach (RankCorrelation c in request.Correlations)
            {
                writer.WriteStartObject();
                writer.WriteStartArray("activities");
                writer.WriteStringValue(c.FirstActivityId);
                writer.WriteStringValue(c.SecondActivityId);
                writer.WriteEndArray();
                writer.WriteNumber("coefficient", c.Coefficient);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (request.Register.Risks.Count > 0)
        {
            writer.WriteStartArray("risks");
            foreach (ProjectRisk risk in request.Register.Risks)
            {
                WriteRisk(writer, risk);
            }

            writer.WriteEndArray();
        }

        writer.WriteNumber("iterations", request.Iterations);
        writer.WriteNumber("seed", request.Seed);
        if (request.TargetFinish is { } target)
        {
            writer.WritePropertyName("targetFinish");
            JsonSerializer.Serialize(writer, target, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<ScheduleMoment>)options.GetTypeInfo(typeof(ScheduleMoment)));
        }

        if (request.Budget is { } budget)
        {
            writer.WriteNumber("budget", budget);
        }

        writer.WriteNumber("confidence", request.Confidence);
        RiskScoringSettings s = request.Scoring;
        writer.WriteStartObject("scoring");
        writer.WriteNumber("size", s.Size);
        WriteBounds(writer, "probabilityBounds", s.ProbabilityBounds);
        WriteBounds(writer, "scheduleBounds", s.ScheduleBounds);
        WriteBounds(writer, "costBounds", s.CostBounds);
        if (s.Amber is { } amber)
        {
            writer.WriteNumber("amber", amber);
        }

        if (s.Red is { } red)
        {
            writer.WriteNumber("red", red);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteBounds(Utf8JsonWriter writer, string name, IReadOnlyList<double>? bounds)
    {
        if (bounds is null)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (double b in bounds)
        {
            writer.WriteNumberValue(b);
        }

        writer.WriteEndArray();
    }

    private static void WriteRisk(Utf8JsonWriter writer, ProjectRisk risk)
    {
        writer.WriteStartObject();
        writer.WriteString("id", risk.Id);
        writer.WriteString("title", risk.Title);
        if (risk.Kind == RiskKind.Opportunity)
        {
            writer.WriteString("kind", "opportunity");
        }

        foreach ((string name, string value) in new[] { ("category", risk.Category), ("owner", risk.Owner), ("cause", risk.Cause), ("event", risk.Event), ("effect", risk.Effect) })
        {
            if (value.Length > 0)
            {
                writer.WriteString(name, value);
            }
        }

        RiskAssessment first = risk.Revisions[0].Assessment;
        writer.WriteNumber("probability", first.Probability);
        if (risk.ScheduleImpactDistribution is { } impact)
        {
            WriteDistribution(writer, "impact", impact, asObject: false);
        }

        if (risk.CostImpactDistribution is { } costImpact)
        {
            WriteDistribution(writer, "costImpact", costImpact, asObject: false);
        }

        if (risk.ActivityIds.Count > 0)
        {
            writer.WriteStartArray("activities");
            foreach (string id in risk.ActivityIds)
            {
                writer.WriteStringValue(id);
            }

            writer.WriteEndArray();
        }

        writer.WriteString("identified", LocalDatePattern.Iso.Format(risk.Revisions[0].Date));
        if (risk.Response is { } response)
        {
            writer.WriteStartObject("response");
            writer.WriteString("strategy", response.Strategy.ToString().ToLowerInvariant());
            if (response.Cost > 0)
            {
                writer.WriteNumber("cost", response.Cost);
            }

            writer.WriteNumber("residualProbability", response.Residual.Probability);
            writer.WriteNumber("residualImpact", response.Residual.ScheduleImpact);
            writer.WriteNumber("residualCostImpact", response.Residual.CostImpact);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    /// <summary>A fixed value as a number (unless <paramref name="asObject"/>), anything else as a distribution object.</summary>
    internal static void WriteDistribution(Utf8JsonWriter writer, string name, UncertainValue value, bool asObject)
    {
        if (value.IsFixed && !asObject)
        {
            writer.WriteNumber(name, value.P1);
            return;
        }

        writer.WriteStartObject(name);
        switch (value.Kind)
        {
            case DistributionKind.Triangular or DistributionKind.Pert:
                writer.WriteString("distribution", value.Kind == DistributionKind.Pert ? "pert" : "triangular");
                writer.WriteNumber("min", value.P1);
                writer.WriteNumber("mostLikely", value.P2);
                writer.WriteNumber("max", value.P3);
                break;
            case DistributionKind.Uniform:
                writer.WriteString("distribution", "uniform");
                writer.WriteNumber("min", value.P1);
                writer.WriteNumber("max", value.P2);
                break;
            case DistributionKind.Normal or DistributionKind.LogNormal:
                writer.WriteString("distribution", value.Kind == DistributionKind.Normal ? "normal" : "lognormal");
                writer.WriteNumber("mean", value.P1);
                writer.WriteNumber("sd", value.P2);
                break;
            default:
                writer.WriteString("distribution", "fixed");
                writer.WriteNumber("value", value.P1);
                break;
        }

        writer.WriteEndObject();
    }
}
