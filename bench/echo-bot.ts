import restify from 'restify';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';

/**
 * The benchmark's baseline: the smallest bot on the same stack (restify + botbuilder CloudAdapter, authentication
 * off as in local mode), answering every message with one text reply and keeping no state.
 */
class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      const text = typeof context.activity.text === 'string' ? context.activity.text.slice(0, 100) : 'a card button';
      await context.sendActivity(`You said: ${text}`);
      await next();
    });
  }
}

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const bot = new EchoBot();
const server = restify.createServer({ name: 'echo-bot' });
server.use(restify.plugins.bodyParser({ mapParams: false }));
server.post('/api/messages', async (req: restify.Request, res: restify.Response) => {
  await adapter.process(req, res, (context) => bot.run(context));
});
server.listen(Number(process.env.PORT ?? '3979'), '127.0.0.1', () => {
  console.log(JSON.stringify({ msg: 'listening', url: server.url }));
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
