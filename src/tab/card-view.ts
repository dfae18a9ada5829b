import { AdaptiveCard, GlobalRegistry, HostConfig, OpenUrlAction, SubmitActionBase, Table, Versions, type Action } from 'adaptivecards';
import type { AdaptiveCardJson } from '../cards/card-json';
import { hostConfigJson, type ThemeName } from './theme';

export interface CardHandlers {
  /** A Submit/Execute button was clicked; `data` is what the card put on it. */
  readonly onSubmit: (data: unknown) => void;
  /** An Action.OpenUrl button was clicked. */
  readonly onOpenUrl: (url: string) => void;
}

// adaptivecards declares itself free of side effects, so a bundler drops the module that registers Table unless
// something uses it; the comparison card would then silently show its fallback instead of the table.
GlobalRegistry.defaultElements.register('Table', Table, Versions.v1_5);
// The cards carry plain text only (no markdown); leaving it unprocessed also means no card text can become HTML.
AdaptiveCard.onProcessMarkdown = (_text, result) => {
  result.didProcess = false;
};

/**
 * Renders an expanded card with the adaptivecards renderer in `theme`. Throws when the renderer produces nothing,
 * so the caller can show its own message instead of an empty box.
 */
export function renderAdaptiveCard(json: AdaptiveCardJson, theme: ThemeName, handlers: CardHandlers): HTMLElement {
  const card = new AdaptiveCard();
  card.hostConfig = new HostConfig(hostConfigJson(theme));
  card.onExecuteAction = (action: Action) => {
    if (action instanceof SubmitActionBase) handlers.onSubmit(action.data);
    else if (action instanceof OpenUrlAction && action.url !== undefined) handlers.onOpenUrl(action.url);
  };
  card.parse(json);
  const rendered = card.render();
  if (rendered === undefined) throw new Error('the adaptivecards renderer returned no element');
  return rendered;
}
