import type { ManagementFacts } from '../src/platform/facts.ts';
import type { Rule } from '../src/types.ts';

/** Supabase's PITR add-ons, in days kept (`pitr_7`, `pitr_14`, `pitr_28`). */
const PITR_VARIANT_DAYS = [7, 14, 28];
const LONGEST_ADDON_DAYS = PITR_VARIANT_DAYS[PITR_VARIANT_DAYS.length - 1];

// Daily backups lose up to a day of clinical notes and consents; point-in-time recovery replays the WAL to
// the minute before an incident. SPEC-2 asks for 30 days of it, which no single Supabase add-on reaches.
const rule: Rule = {
  meta: {
    id: 'pitr-enabled',
    description: 'Point-in-time recovery is on and keeps at least `[platform] pitr_days` days.',
    defaultSeverity: 'error',
    sources: ['platform'],
  },

  checkPlatform(context) {
    const api = context.facts.api;
    if (!api) return;
    const object = `supabase:${context.facts.projectRef}`;
    const target = context.config.platform.pitrDays;
    if (!api.backups.pitrEnabled) {
      context.report({ message: offMessage(api, target), object });
      return;
    }
    const days = api.pitrAddon?.days;
    if (days === undefined) {
      const what = api.pitrAddon
        ? `its add-on \`${api.pitrAddon.variant}\` names no days`
        : 'no `pitr` add-on is selected';
      context.report({
        message: `PITR is on, but its retention could not be verified: ${what}`,
        object,
        severity: 'info',
      });
      return;
    }
    if (days < target) context.report({ message: shortMessage(api, days, target), object });
  },
};

function offMessage(api: ManagementFacts, target: number): string {
  const backups = api.backups.walgEnabled ? 'daily backups only' : 'no WAL-G backups either';
  return `point-in-time recovery is off (${backups}): ${remedy(target)}`;
}

function shortMessage(api: ManagementFacts, days: number, target: number): string {
  return `PITR keeps ${days} days (add-on \`${api.pitrAddon!.variant}\`), below the ${target} days \`[platform] pitr_days\` asks: ${remedy(target)}`;
}

/** What to do for the target: the smallest add-on that reaches it, or, past the longest, the choice. */
function remedy(target: number): string {
  const variant = PITR_VARIANT_DAYS.find((days) => days >= target);
  if (variant !== undefined) return `select the \`pitr_${variant}\` add-on`;
  return (
    `Supabase's longest PITR add-on keeps ${LONGEST_ADDON_DAYS} days, so ${target} days cannot be met by the add-on alone: ` +
    `select \`pitr_${LONGEST_ADDON_DAYS}\` and set \`[platform] pitr_days = ${LONGEST_ADDON_DAYS}\`, or keep longer backups elsewhere`
  );
}

export default rule;
