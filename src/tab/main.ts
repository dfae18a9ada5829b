import { app } from '@microsoft/teams-js';
import { startTabApp } from './app';
import { createAdvisorApi } from './api';
import { connectToHost, type HostSdk } from './host';
import { themeFromHost } from './theme';
import './tab.css';

const teams: HostSdk = {
  initialize: () => app.initialize(),
  getContext: async () => {
    const context = await app.getContext();
    return { locale: context.app.locale, theme: context.app.theme };
  },
};

/** Reports success to Teams and follows its theme from then on; both only make sense once initialize succeeded. */
function followTeams(onTheme: (theme: string) => void): void {
  app.registerOnThemeChangeHandler(onTheme);
  app.notifySuccess().catch((err: unknown) => console.warn('notifySuccess failed', err));
}

async function main(): Promise<void> {
  const root = document.getElementById('app');
  if (root === null) return;
  const connection = await connectToHost(teams, navigator.language);
  const tab = startTabApp({
    root,
    api: createAdvisorApi((url, init) => fetch(url, init), window.location.origin),
    baseUrl: window.location.origin,
    host: connection.initial,
    openUrl: (url) => window.open(url, '_blank', 'noopener'),
  });
  const onTheme = (theme: string): void => tab.setTheme(themeFromHost(theme));
  if (connection.initial.inTeams) followTeams(onTheme);
  const late = await connection.late;
  if (late !== undefined) {
    tab.setTheme(late.theme);
    tab.setHostLang(late.lang);
    followTeams(onTheme);
  }
}

void main();
