using System.Text;
using Preflight.Cli;

using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 64 * 1024) { AutoFlush = false };
using var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true };
using var interrupt = new CancellationTokenSource();
// The first Ctrl+C stops the crawl cleanly (the browser is closed); a second one ends the process at once.
Console.CancelKeyPress += (_, e) =>
{
    if (interrupt.IsCancellationRequested) return;
    e.Cancel = true;
    interrupt.Cancel();
};
var code = PreflightCli.Run(args, stdout, stderr, null, errorIsTerminal: !Console.IsErrorRedirected, interrupt.Token);
stdout.Flush();
return code;
