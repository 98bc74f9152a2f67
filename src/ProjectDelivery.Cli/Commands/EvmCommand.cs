using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using ProjectDelivery.Charts;
using ProjectDelivery.Planning.EarnedValue;

namespace ProjectDelivery.Cli.Commands;

/// <summary>
/// <c>evm FILE.json [--json] [--svg FILE]</c>: earned value, earned schedule and forecasts of one project from per-period
/// PV, EV and AC (format in docs/formats.md, "Earned value").
/// </summary>
internal sealed class EvmCommand : ICommand
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;

    public string Name => "evm";

    public string Usage => "evm FILE.json [--json] [--svg FILE]";

    public string Summary => "Earned value metrics, earned schedule and forecasts per period (PV/EV/AC per period in, table or JSON out).";

    public int Execute(CommandArguments arguments, TextWriter stdout, TextWriter stderr)
    {
        string path = arguments.RequiredFile(Name);
        bool json = arguments.Has("json");
        string? svg = arguments.Value("svg");
        arguments.RejectUnknownOptions(Name);

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliInputException($"cannot read '{path}': {ex.Message}", ex);
        }

        EvmInput input = EvmInput.Parse(bytes, path);
        EarnedValueReport report = input.Analyse();
        if (json)
        {
            WriteJson(stdout, input, report);
        }
        else
        {
            WriteTable(stdout, input, report);
        }

        if (svg is not null)
        {
            SvgFile.Write(svg, SCurveChart.Render(report.Total.SCurve()));
        }

        return Program.Success;
    }

    private static void WriteJson(TextWriter stdout, EvmInput input, EarnedValueReport report)
    {
        EarnedValueNode total = report.Total;
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteNumber("bac", total.BudgetAtCompletion);
            w.WriteString("start", DatePattern.Format(report.Project.Calendar.Start));
            w.WriteString("statusDate", DatePattern.Format(report.StatusDate));
            w.WriteNumber("plannedDuration", total.PlannedDuration);
            w.WriteNumber("actualTime", report.Project.StatusPeriodCount);
            w.WriteString("eacMethod", "BAC/CPI");
            w.WriteStartArray("periods");
            foreach (EarnedValueMetrics m in total.PeriodMetrics())
            {
                w.WriteStartObject();
                WriteMetrics(w, m, report.Project.Calendar);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WritePropertyName("status");
            w.WriteStartObject();
            WriteMetrics(w, total.Status, report.Project.Calendar);
            w.WriteEndObject();

            SCurve curve = total.SCurve();
            w.WritePropertyName("sCurve");
            w.WriteStartObject();
            Nullable(w, "eac", curve.EstimateAtCompletion);
            w.WriteNumber("completionTime", curve.CompletionTime);
            NullableDate(w, "completionDate", curve.CompletionDate);
            w.WriteStartArray("points");
            foreach (SCurvePoint p in curve.Points)
            {
                w.WriteStartObject();
                w.WriteNumber("time", p.Time);
                w.WriteString("date", DatePattern.Format(p.Date));
                w.WriteNumber("pv", p.PlannedValue);
                Nullable(w, "ev", p.EarnedValue);
                Nullable(w, "ac", p.ActualCost);
                Nullable(w, "projection", p.Projection);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        stdout.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteMetrics(Utf8JsonWriter w, EarnedValueMetrics m, ReportingCalendar calendar)
    {
        w.WriteNumber("period", m.PeriodNumber);
        if (m.PeriodNumber > 0)
        {
            w.WriteString("start", DatePattern.Format(calendar.PeriodStart(m.PeriodNumber - 1)));
        }

        w.WriteString("end", DatePattern.Format(m.Date));
        w.WriteNumber("pvPeriod", m.PlannedValueInPeriod);
        w.WriteNumber("evPeriod", m.EarnedValueInPeriod);
        w.WriteNumber("acPeriod", m.ActualCostInPeriod);
        w.WriteNumber("pv", m.PlannedValue);
        w.WriteNumber("ev", m.EarnedValue);
        w.WriteNumber("ac", m.ActualCost);
        w.WriteNumber("bac", m.BudgetAtCompletion);
        w.WriteNumber("cv", m.CostVariance);
        w.WriteNumber("sv", m.ScheduleVariance);
        Nullable(w, "cvPercent", m.CostVariancePercent);
        Nullable(w, "svPercent", m.ScheduleVariancePercent);
        Nullable(w, "cpi", m.CostPerformanceIndex);
        Nullable(w, "spi", m.SchedulePerformanceIndex);
        Nullable(w, "cpiPeriod", m.CostPerformanceIndexInPeriod);
        Nullable(w, "spiPeriod", m.SchedulePerformanceIndexInPeriod);
        Nullable(w, "percentComplete", m.PercentComplete);
        Nullable(w, "eac", m.EstimateAtCompletion);
        Nullable(w, "etc", m.EstimateToComplete);
        Nullable(w, "vac", m.VarianceAtCompletion);
        Nullable(w, "tcpi", m.ToCompletePerformanceIndex);
        Nullable(w, "tcpiEac", m.ToCompletePerformanceIndexToEstimate);
        w.WriteNumber("eacBudgetedRate", m.EstimateAtCompletionAtBudgetedRate);
        Nullable(w, "eacCpiSpi", m.EstimateAtCompletionCpiTimesSpi);
        Nullable(w, "eacComposite", m.EstimateAtCompletionComposite);
        Nullable(w, "eacBottomUp", m.EstimateAtCompletionBottomUp);
        Nullable(w, "es", m.EarnedSchedule);
        w.WriteNumber("at", m.ActualTime);
        Nullable(w, "svt", m.ScheduleVarianceTime);
        Nullable(w, "spit", m.SchedulePerformanceIndexTime);
        Nullable(w, "ieact", m.IndependentEstimateAtCompletionTime);
        NullableDate(w, "forecastFinish", m.ForecastFinish);
        w.WriteString("cpiStatus", Status(m.CostPerformanceStatus));
        w.WriteString("spiStatus", Status(m.SchedulePerformanceStatus));
        w.WriteString("spitStatus", Status(m.SchedulePerformanceTimeStatus));
        w.WriteString("tcpiStatus", Status(m.ToCompletePerformanceStatus));
        w.WriteString("cvStatus", Status(m.CostVarianceStatus));
        w.WriteString("svStatus", Status(m.ScheduleVarianceStatus));
    }

    private static string Status(PerformanceStatus status) => status.ToString().ToLowerInvariant();

    private static void Nullable(Utf8JsonWriter w, string name, double? value)
    {
        if (value is double v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void NullableDate(Utf8JsonWriter w, string name, LocalDate? value)
    {
        if (value is LocalDate d)
        {
            w.WriteString(name, DatePattern.Format(d));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteTable(TextWriter o, EvmInput input, EarnedValueReport report)
    {
        EarnedValueNode total = report.Total;
        ReportingCalendar calendar = report.Project.Calendar;
        o.WriteLine($"Earned value: {input.Path}");
        o.WriteLine($"BAC {Money(total.BudgetAtCompletion)}, {calendar.Count} periods from {DatePattern.Format(calendar.Start)}, planned duration {total.PlannedDuration} periods, status date {DatePattern.Format(report.StatusDate)} (AT = {report.Project.StatusPeriodCount})");
        o.WriteLine();
        var header = new[] { "#", "end", "PV", "EV", "AC", "CV", "SV", "CPI", "SPI", "ES", "SV(t)", "SPI(t)", "EAC", "forecast" };
        var rows = new List<string[]> { header };
        foreach (EarnedValueMetrics m in total.PeriodMetrics())
        {
            rows.Add(new[]
            {
                m.PeriodNumber.ToString(CultureInfo.InvariantCulture), DatePattern.Format(m.Date),
                Money(m.PlannedValue), Money(m.EarnedValue), Money(m.ActualCost), Money(m.CostVariance), Money(m.ScheduleVariance),
                Index(m.CostPerformanceIndex), Index(m.SchedulePerformanceIndex), Index(m.EarnedSchedule), Index(m.ScheduleVarianceTime),
                Index(m.SchedulePerformanceIndexTime), Money(m.EstimateAtCompletion),
                m.ForecastFinish is LocalDate f ? DatePattern.Format(f) : "-",
            });
        }

        int[] widths = Enumerable.Range(0, header.Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (string[] row in rows)
        {
            o.WriteLine(string.Join("  ", row.Select((cell, c) => c == 1 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))).TrimEnd());
        }

        EarnedValueMetrics s = total.Status;
        o.WriteLine();
        o.WriteLine($"Status at {DatePattern.Format(s.Date)} (period {s.PeriodNumber}):");
        Line(o, "PV / EV / AC (cumulative)", $"{Money(s.PlannedValue)} / {Money(s.EarnedValue)} / {Money(s.ActualCost)}");
        Line(o, "CV / CV%", $"{Money(s.CostVariance)} / {Percent(s.CostVariancePercent)}  [{s.CostVarianceStatus}]");
        Line(o, "SV / SV%", $"{Money(s.ScheduleVariance)} / {Percent(s.ScheduleVariancePercent)}  [{s.ScheduleVarianceStatus}]");
        Line(o, "CPI", $"{Index(s.CostPerformanceIndex)}  [{s.CostPerformanceStatus}]");
        Line(o, "SPI", $"{Index(s.SchedulePerformanceIndex)}  [{s.SchedulePerformanceStatus}]");
        Line(o, "EAC = BAC / CPI", Money(s.EstimateAtCompletion));
        Line(o, "EAC = AC + (BAC - EV)", Money(s.EstimateAtCompletionAtBudgetedRate));
        Line(o, "EAC = AC + (BAC - EV) / (CPI x SPI)", Money(s.EstimateAtCompletionCpiTimesSpi));
        Line(o, "EAC = AC + (BAC - EV) / (0.8 CPI + 0.2 SPI)", Money(s.EstimateAtCompletionComposite));
        if (s.EstimateAtCompletionBottomUp is not null)
        {
            Line(o, "EAC = AC + bottom-up ETC", Money(s.EstimateAtCompletionBottomUp));
        }

        Line(o, "ETC / VAC", $"{Money(s.EstimateToComplete)} / {Money(s.VarianceAtCompletion)}");
        Line(o, "TCPI to BAC / to EAC", $"{Index(s.ToCompletePerformanceIndex)}  [{s.ToCompletePerformanceStatus}] / {Index(s.ToCompletePerformanceIndexToEstimate)}");
        Line(o, "ES / AT / SV(t) (periods)", $"{Index(s.EarnedSchedule)} / {s.ActualTime} / {Index(s.ScheduleVarianceTime)}");
        Line(o, "SPI(t)", $"{Index(s.SchedulePerformanceIndexTime)}  [{s.SchedulePerformanceTimeStatus}]");
        Line(o, "IEAC(t) (periods) / forecast finish", $"{Index(s.IndependentEstimateAtCompletionTime)} / {(s.ForecastFinish is LocalDate ff ? DatePattern.Format(ff) : "-")}");
        o.WriteLine();
        o.WriteLine("Money rounded to 2 decimals and indices to 3 for display only; '-' marks an undefined metric. Use --json for full precision.");
    }

    private static void Line(TextWriter o, string label, string value) => o.WriteLine($"  {label,-44} {value}");

    private static string Money(double? value) => value is double v ? v.ToString("N2", CultureInfo.InvariantCulture) : "-";

    private static string Index(double? value) => value is double v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "-";

    private static string Percent(double? value) => value is double v ? v.ToString("0.00", CultureInfo.InvariantCulture) + " %" : "-";

    /// <summary>The parsed input file.</summary>
    private sealed class EvmInput
    {
        private static readonly HashSet<string> TopFields = new(StringComparer.Ordinal) { "bac", "start", "periods", "plannedPeriods", "bottomUpEtc", "name" };
        private static readonly HashSet<string> PeriodFields = new(StringComparer.Ordinal) { "end", "pv", "ev", "ac" };

        private EvmInput(string path)
        {
            Path = path;
        }

        public string Path { get; }

        private double? Bac { get; set; }

        private LocalDate? Start { get; set; }

        private int? PlannedPeriods { get; set; }

        private double? BottomUpEtc { get; set; }

        private List<PeriodInput>? Periods { get; set; }

        public static EvmInput Parse(byte[] bytes, string path)
        {
            var input = new EvmInput(path);
            if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            {
                bytes = bytes[3..];
            }

            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var parser = new Parser(bytes, path);
            try
            {
                parser.Read(ref reader);
                parser.Expect(ref reader, JsonTokenType.StartObject, "the document");
                var seen = new HashSet<string>(StringComparer.Ordinal);
                while (parser.Read(ref reader) && reader.TokenType != JsonTokenType.EndObject)
                {
                    string name = parser.PropertyName(ref reader, TopFields, seen, "");
                    parser.Read(ref reader);
                    switch (name)
                    {
                        case "bac":
                            input.Bac = parser.NonNegative(ref reader, "bac");
                            break;
                        case "start":
                            input.Start = parser.Date(ref reader, "start");
                            break;
                        case "plannedPeriods":
                            input.PlannedPeriods = parser.Count(ref reader, "plannedPeriods");
                            break;
                        case "bottomUpEtc":
                            input.BottomUpEtc = parser.NonNegative(ref reader, "bottomUpEtc");
                            break;
                        case "name":
                            if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.Null))
                            {
                                throw parser.Error(ref reader, "name", "must be a string");
                            }

                            break;
                        default:
                            input.Periods = ParsePeriods(ref reader, parser);
                            break;
                    }
                }

                if (reader.Read())
                {
                    throw parser.Error(ref reader, "", "unexpected content after the top-level object");
                }
            }
            catch (JsonException ex)
            {
                string message = ex.Message;
                int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
                throw new CliInputException($"{path}: invalid JSON at line {(ex.LineNumber ?? 0) + 1}: {(cut > 0 ? message.Substring(0, cut) : message)}", ex);
            }

            if (input.Start is null)
            {
                throw new CliInputException($"{path}: missing required field 'start' (the first day of the first period, YYYY-MM-DD)");
            }

            if (input.Periods is null || input.Periods.Count == 0)
            {
                throw new CliInputException($"{path}: missing or empty 'periods' array");
            }

            input.Validate();
            return input;
        }

        private static List<PeriodInput> ParsePeriods(ref Utf8JsonReader reader, Parser parser)
        {
            parser.Expect(ref reader, JsonTokenType.StartArray, "periods");
            var periods = new List<PeriodInput>();
            while (parser.Read(ref reader) && reader.TokenType != JsonTokenType.EndArray)
            {
                string at = $"periods[{periods.Count}]";
                parser.Expect(ref reader, JsonTokenType.StartObject, at);
                var period = new PeriodInput { Index = periods.Count, Line = parser.LineOf(ref reader) };
                var seen = new HashSet<string>(StringComparer.Ordinal);
                while (parser.Read(ref reader) && reader.TokenType != JsonTokenType.EndObject)
                {
                    string name = parser.PropertyName(ref reader, PeriodFields, seen, at);
                    parser.Read(ref reader);
                    string field = at + "." + name;
                    switch (name)
                    {
                        case "end":
                            period.End = parser.Date(ref reader, field);
                            break;
                        case "pv":
                            period.Pv = parser.NonNegative(ref reader, field);
                            break;
                        case "ev":
                            period.Ev = parser.NonNegative(ref reader, field);
                            break;
                        default:
                            period.Ac = parser.NonNegative(ref reader, field);
                            break;
                    }
                }

                if (period.End is null)
                {
                    throw new CliInputException($"{parser.File}: {at} (line {period.Line}) has no 'end' date");
                }

                periods.Add(period);
            }

            return periods;
        }

        private void Validate()
        {
            List<PeriodInput> periods = Periods!;
            LocalDate start = Start!.Value;
            LocalDate previous = start.PlusDays(-1);
            bool reportingEnded = false;
            foreach (PeriodInput p in periods)
            {
                string at = $"{Path}: periods[{p.Index}]";
                string line = $"(line {p.Line})";
                LocalDate end = p.End!.Value;
                if (end <= previous)
                {
                    throw new CliInputException(p.Index == 0
                        ? $"{at}.end {line} {DatePattern.Format(end)} is before start {DatePattern.Format(start)}"
                        : $"{at}.end {line} {DatePattern.Format(end)} is not after periods[{p.Index - 1}].end {DatePattern.Format(previous)}; period ends must increase");
                }

                previous = end;
                if (p.Ev is null != p.Ac is null)
                {
                    throw new CliInputException($"{at} {line} gives '{(p.Ev is null ? "ac" : "ev")}' without '{(p.Ev is null ? "ev" : "ac")}'; a reported period needs both");
                }

                bool reported = p.Ev is not null;
                if (reported && reportingEnded)
                {
                    throw new CliInputException($"{at} {line} reports ev/ac after an unreported period; reported periods must come first (the status date is the end of the last one)");
                }

                reportingEnded |= !reported;
            }

            if (periods[0].Ev is null)
            {
                throw new CliInputException($"{Path}: no period has 'ev' and 'ac', so there is no status date to report at");
            }

            if (PlannedPeriods is int planned)
            {
                if (planned < 1 || planned > periods.Count)
                {
                    throw new CliInputException($"{Path}: plannedPeriods {planned} must be between 1 and the number of periods ({periods.Count})");
                }

                for (int i = planned; i < periods.Count; i++)
                {
                    if (periods[i].Pv is double pv && pv != 0)
                    {
                        throw new CliInputException($"{Path}: periods[{i}] (line {periods[i].Line}) plans pv {pv.ToString(CultureInfo.InvariantCulture)} beyond plannedPeriods {planned}");
                    }
                }
            }
        }

        public EarnedValueReport Analyse()
        {
            List<PeriodInput> periods = Periods!;
            ReportingCalendar calendar = ReportingCalendar.Create(Start!.Value, periods.Select(p => p.End!.Value));
            int status = periods.TakeWhile(p => p.Ev is not null).Count();
            double[] pv = periods.Select(p => p.Pv ?? 0).ToArray();
            double bac = Bac ?? pv.Sum();
            ControlAccount account = ControlAccount.Create(
                "PROJECT", bac, pv,
                periods.Take(status).Select(p => p.Ev!.Value),
                periods.Take(status).Select(p => p.Ac!.Value),
                bottomUpEstimateToComplete: BottomUpEtc);
            EarnedValueProject project = EarnedValueProject.Create(calendar, new[] { account }, status, plannedDuration: PlannedPeriods ?? periods.Count);
            return EarnedValueAnalysis.Analyse(project);
        }
    }

    private sealed class PeriodInput
    {
        public int Index { get; init; }

        public int Line { get; init; }

        public LocalDate? End { get; set; }

        public double? Pv { get; set; }

        public double? Ev { get; set; }

        public double? Ac { get; set; }
    }

    /// <summary>Strict token-level reading with line numbers (from the token's byte offset).</summary>
    private sealed class Parser
    {
        private readonly byte[] _bytes;
        private long _countedTo;
        private int _line = 1;

        public Parser(byte[] bytes, string file)
        {
            _bytes = bytes;
            File = file;
        }

        public string File { get; }

        public bool Read(ref Utf8JsonReader reader)
        {
            if (!reader.Read())
            {
                throw new CliInputException($"{File}: unexpected end of JSON");
            }

            return true;
        }

        public int LineOf(ref Utf8JsonReader reader)
        {
            // Tokens are visited in order, so count newlines incrementally from the last position.
            long offset = Math.Min(reader.TokenStartIndex, _bytes.Length);
            if (offset < _countedTo)
            {
                _countedTo = 0;
                _line = 1;
            }

            for (long i = _countedTo; i < offset; i++)
            {
                if (_bytes[i] == (byte)'\n')
                {
                    _line++;
                }
            }

            _countedTo = offset;
            return _line;
        }

        public CliInputException Error(ref Utf8JsonReader reader, string field, string message) =>
            new($"{File}: {(field.Length > 0 ? field + " " : "")}(line {LineOf(ref reader)}) {message}");

        public void Expect(ref Utf8JsonReader reader, JsonTokenType type, string what)
        {
            if (reader.TokenType != type)
            {
                throw Error(ref reader, what, $"must be {(type == JsonTokenType.StartObject ? "an object" : "an array")}, got {Describe(reader.TokenType)}");
            }
        }

        public string PropertyName(ref Utf8JsonReader reader, HashSet<string> allowed, HashSet<string> seen, string at)
        {
            string name = reader.GetString()!;
            string field = at.Length == 0 ? name : at + "." + name;
            if (!allowed.Contains(name))
            {
                throw Error(ref reader, $"'{field}'", $"is not a known field; expected one of: {string.Join(", ", allowed)}");
            }

            if (!seen.Add(name))
            {
                throw Error(ref reader, $"'{field}'", "appears twice");
            }

            return name;
        }

        public double? NonNegative(ref Utf8JsonReader reader, string field)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            if (reader.TokenType != JsonTokenType.Number)
            {
                throw Error(ref reader, field, $"must be a number, got {Describe(reader.TokenType)}");
            }

            if (!reader.TryGetDouble(out double value) || double.IsNaN(value) || double.IsInfinity(value))
            {
                throw Error(ref reader, field, "is not a finite number");
            }

            if (value < 0)
            {
                throw Error(ref reader, field, $"must not be negative, got {value.ToString(CultureInfo.InvariantCulture)}");
            }

            return value;
        }

        public int? Count(ref Utf8JsonReader reader, string field)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out int value))
            {
                throw Error(ref reader, field, "must be a whole number");
            }

            return value;
        }

        public LocalDate? Date(ref Utf8JsonReader reader, string field)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw Error(ref reader, field, $"must be a date string YYYY-MM-DD, got {Describe(reader.TokenType)}");
            }

            string text = reader.GetString()!;
            ParseResult<LocalDate> result = DatePattern.Parse(text);
            if (!result.Success)
            {
                throw Error(ref reader, field, $"'{text}' is not a date YYYY-MM-DD");
            }

            return result.Value;
        }

        private static string Describe(JsonTokenType type) => type switch
        {
            JsonTokenType.String => "a string",
            JsonTokenType.Number => "a number",
            JsonTokenType.True or JsonTokenType.False => "a boolean",
            JsonTokenType.Null => "null",
            JsonTokenType.StartObject => "an object",
            JsonTokenType.StartArray => "an array",
            _ => type.ToString(),
        };
    }
}
