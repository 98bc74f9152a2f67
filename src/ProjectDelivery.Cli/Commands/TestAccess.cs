using System.Runtime.CompilerServices;

// The reading policy (InputFile, JsonInput, CliError) is tested directly as well as through Program.Run.
[assembly: InternalsVisibleTo("ProjectDelivery.Core.Tests")]
