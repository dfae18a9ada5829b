import { botText } from '../../content/bot';
import { EMPLOYEE_DIALOG } from '../employee-dialog';
import { noticeMessage } from '../replies';
import type { Turn } from '../turn';
import { retireRun } from './advice';

/** Starts the employee questions; a running advice's question card is closed first (one live question card). */
export async function startEmployee(turn: Turn): Promise<void> {
  await retireRun(turn, 'employee');
  const dc = await turn.dialogs();
  await dc.cancelAllDialogs();
  await dc.beginDialog(EMPLOYEE_DIALOG);
}

/** True while the employee questions are running. */
export async function employeeRunning(turn: Turn): Promise<boolean> {
  return (await turn.dialogs()).activeDialog?.id === EMPLOYEE_DIALOG;
}

/** Hands this turn's input (a typed or clicked answer) to the running employee dialog. */
export async function continueEmployee(turn: Turn): Promise<void> {
  await (await turn.dialogs()).continueDialog();
}

/** An employee answer button: continues the employee questions, or says they have finished. */
export async function onEmployeeAnswer(turn: Turn): Promise<void> {
  if (await employeeRunning(turn)) return continueEmployee(turn);
  const t = botText(turn.lang).stale;
  await turn.context.sendActivity(noticeMessage({ title: t.title, text: t.employeeNoRun, actions: ['start'] }, turn.lang));
}
