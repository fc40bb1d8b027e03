using HealthGap.Cli;

return HealthGapCommand.Run(args, Console.Out, Console.Error);
