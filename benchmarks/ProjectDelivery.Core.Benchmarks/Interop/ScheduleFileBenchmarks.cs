using System.IO;
using System.Linq;
using System.Xml.Linq;
using BenchmarkDotNet.Attributes;
using NodaTime;
using ProjectDelivery.Benchmarks.Planning.Scheduling;
using ProjectDelivery.Calendars;
using ProjectDelivery.Interop;
using ProjectDelivery.Interop.MsProject;
using ProjectDelivery.Planning.Scheduling;

namespace ProjectDelivery.Benchmarks.Interop;

/// <summary>
/// Reading and writing MS Project XML of a random network (about two links per activity, standard calendar with
/// holidays): <see cref="MspdiReader"/> against the bare cost of loading the same text into an XDocument (the
/// baseline: what any DOM-based reader pays), and <see cref="MspdiWriter"/>.
/// </summary>
[MemoryDiagnoser]
public class ScheduleFileBenchmarks
{
    private string _xml = null!;
    private ImportedSchedule _project = null!;

    [Params(100, 1_000, 10_000)]
    public int Activities { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        ProjectNetwork network = ProjectNetwork.Create(RandomNetworks.Activities(Activities, 42).Select(a => a.WithDuration(a.Duration * 60)));
        WorkingCalendar calendar = WorkingCalendar.Standard.WithHolidays(new LocalDate(2027, 12, 25), new LocalDate(2028, 1, 1));
        _project = new ImportedSchedule(ScheduleFileFormat.MsProjectXml, network, calendar, new LocalDateTime(2027, 1, 4, 8, 0), Duration.FromMinutes(1));
        var text = new StringWriter();
        MspdiWriter.Write(_project, text);
        _xml = text.ToString();
    }

    /// <summary>Parsing the text into an XDocument with line information and nothing else.</summary>
    [Benchmark(Baseline = true)]
    public int LoadXDocument() => XDocument.Parse(_xml, LoadOptions.SetLineInfo).Root!.Elements().Count();

    /// <summary>The full MSPDI read: safe XML load, calendars, tasks, links, network validation.</summary>
    [Benchmark]
    [BenchmarkCategory("ci")]
    public int ReadMspdi() => MspdiReader.Read(new StringReader(_xml), "bench.xml").Network.Count;

    /// <summary>Writing the project back as MSPDI.</summary>
    [Benchmark]
    public int WriteMspdi()
    {
        var text = new StringWriter();
        MspdiWriter.Write(_project, text);
        return text.GetStringBuilder().Length;
    }
}
