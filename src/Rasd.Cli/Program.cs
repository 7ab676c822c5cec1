using System.CommandLine;
using System.Text;
using Rasd.Cli.Commands;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
var root = new RootCommand("rasd: Arabic news intelligence — who said what, about whom, when, with which figures");
root.Subcommands.Add(AnalyzeCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(BenchCommand.Create());
root.Subcommands.Add(TrainNerCommand.Create());
root.Subcommands.Add(EvalNerCommand.Create());
return root.Parse(args).Invoke();
