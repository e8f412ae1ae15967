using PolicyRules.Cli;

return await new CommandLine(Console.In, Console.Out, Console.Error, TimeProvider.System, echoInput: Console.IsInputRedirected,
    showProgress: !Console.IsErrorRedirected).RunAsync(args);
