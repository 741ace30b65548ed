/** Cause shared by several errors: Planned maintenance or an incident on Binance’s side */
import { waitOutLetBotPauseFix } from '../fixes/wait-out-let-bot-pause';
import type { Cause } from '../types';

export const maintenanceCause: Cause = {
  id: 'maintenance',
  title: 'Planned maintenance or an incident on Binance’s side',
  why: 'During upgrades some services answer with internal errors for minutes at a time.',
  fixes: [waitOutLetBotPauseFix],
};
