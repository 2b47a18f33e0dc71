using System.Text;
using Preflight.Cli;

using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 64 * 1024) { AutoFlush = false };
using var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true };
var code = PreflightCli.Run(args, stdout, stderr);
stdout.Flush();
return code;
