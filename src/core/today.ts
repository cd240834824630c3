/**
 * Which day it is on a practice's wall calendar, not the visitor's. A module of its own because
 * the timeline (schedule.ts) and the Good Faith Estimate (gfe.ts) both ask and load in
 * different chunks: either importing the other would carry the whole of it along. No Lit, no DOM.
 */
import { dateTimeFormat } from './intl.js';
import type { IsoDate } from './schedule.js';

/** The date the practice's calendar in `timeZone` shows at `now`. */
export function todayIn(timeZone: string, now: Date = new Date()): IsoDate {
  // en-US whatever the page's language: month/day/year in Latin digits. The formatter is the one
  // that checked the timezone setting, and the few bytes matter: this sits in every page's shared chunk.
  const [month, day, year] = dateTimeFormat('en-US', { timeZone }).format(now).split('/').map((n) => n.padStart(2, '0'));
  return `${year}-${month}-${day}`;
}
