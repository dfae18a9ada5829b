import type { InstructionSetId } from '../../engine/types';

/** The organization's values after clean-up: trimmed, empty ones dropped, the URL kept only when it is https. */
export interface CleanOrg {
  readonly organizationName?: string;
  readonly enrollmentServer?: string;
  readonly supportText?: string;
  readonly supportUrl?: string;
}

/** A line that is either fixed or filled in from the organization's values. */
export type Line = string | ((org: CleanOrg) => string);

/**
 * One instruction set's texts. English is the source; the Dutch catalogue has the same type, so a block missing in
 * one language is a compile error.
 */
export interface SetTexts {
  readonly title: string;
  /** The set in a result list (the message extension's search results): at most 32 characters, one line. */
  readonly listTitle: string;
  readonly intro: Line;
  /** Checks and warnings to read before the first step (edition, backups, what IT may do). */
  readonly before?: readonly Line[];
  /** The main path only, in Windows 11's order. */
  readonly steps: readonly Line[];
  /** Fallback paths ("signed in with a personal account by mistake?"), never part of the numbered steps. */
  readonly fallback?: readonly Line[];
  /** What the employee will see on the way: sign-in page, multifactor, PIN, Enrollment Status Page. */
  readonly see: readonly Line[];
  /** How long it takes and what the device needs meanwhile. */
  readonly time: string;
  /** Set-specific advice when it fails, shown before the common lines (error code, no reset, serial number). */
  readonly failure?: readonly Line[];
  /** How the employee knows it worked. */
  readonly check: string;
  readonly keywords: readonly string[];
}

/** Every set in one language. */
export type SetCatalogue = { readonly [S in InstructionSetId]: SetTexts };

/** The words every set shares in one language: headings, the failure lines and the contact line. */
export interface CommonTexts {
  readonly headings: { readonly before: string; readonly steps: string; readonly see: string; readonly time: string; readonly fallback: string; readonly failure: string; readonly check: string };
  readonly fromOrg: (name: string) => string;
  readonly failure: readonly string[];
  readonly contact: (text: string) => string;
  readonly defaultContact: string;
  readonly general: string;
}
