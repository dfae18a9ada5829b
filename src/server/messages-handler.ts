import type { Request, Response } from 'restify';

/**
 * What the server needs from the bot: handle one POST /api/messages request and answer it. The bot helper plugs the
 * botbuilder CloudAdapter in behind this from index.ts, so src/server never imports botbuilder. The request body is
 * already parsed into a JSON object (req.body) when this is called.
 */
export type MessagesHandler = (req: Request, res: Response) => Promise<void>;
