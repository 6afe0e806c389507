using PerfEval.Cli;
using PerfEval.Cli.Commands;

return Cli.Run(args, Console.Out, Console.Error);
