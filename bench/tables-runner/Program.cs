using PerfEval.Cli.Commands;

// Same code path as `perfeval tables ARGS`.
return TablesCommand.Run(args, Console.Out, Console.Error);
