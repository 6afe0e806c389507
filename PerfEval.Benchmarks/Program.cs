using BenchmarkDotNet.Running;

// dotnet run -c Release --project PerfEval.Benchmarks -- --filter '*'            (full runs)
// dotnet run -c Release --project PerfEval.Benchmarks -- --filter '*' --job short (quick look)
BenchmarkSwitcher.FromAssembly(typeof(PerfEval.Benchmarks.ExtractBenchmarks).Assembly).Run(args);
