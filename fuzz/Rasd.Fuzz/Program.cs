using Rasd.Fuzz;
using Rasd.Fuzz.Targets;
using SharpFuzz;

// Rasd.Fuzz TARGET               run under afl-fuzz, one input at a time on standard input
// Rasd.Fuzz TARGET PATH...       replay files (folders read whole): each failure with its stack trace
// Rasd.Fuzz --dictionary TOKENS OUT   write the afl-fuzz dictionary of the token list
if (args is ["--dictionary", var tokens, var output])
{
    File.WriteAllText(output, AflDictionary.Format(AflDictionary.ReadTokens(tokens)));
    return 0;
}
if (args.Length == 0 || FuzzTargets.Find(args[0]) is not { } target)
{
    Console.Error.WriteLine("usage: Rasd.Fuzz TARGET [PATH...] | --dictionary TOKENS OUT");
    foreach (var known in FuzzTargets.All)
    {
        Console.Error.WriteLine($"  {known.Name,-9} {known.Description}");
    }
    return 2;
}
if (args.Length == 1)
{
    // Out of process: a stack overflow or a hang kills only the child, which is restarted, and
    // afl-fuzz records the input as a crash or a hang instead of losing the campaign.
    Fuzzer.OutOfProcess.Run(stream => target.Run(Replay.ReadAll(stream)));
    return 0;
}
return Replay.Run(target, args[1..], Console.Out);
