using PolicyRules.Bot.Hosting;

await BotWebApplication.Create(args).RunAsync();
