// Loading and removing the clearly marked demo dataset.
import { currentFiscalYear } from '../../../shared/fiscal-year';
import { recordAudit } from '../audit/audit';
import { loadDemoCohorts, removeDemoCohorts } from '../cohorts/demo';
import type { Context } from '../context';
import { sql } from '../db/sql';
import { DEMO_HOST_COUNT, loadDemoHosts, removeDemoHosts } from '../hosts/demo';
import { listFields } from '../reference/service';
import { loadDemoDispatch, removeDemoDispatch } from '../specialist-dispatch/demo';
import { insertTrainees } from '../trainees/service';
import { generateTrainees } from './generator';
import { loadDemoProgress, removeDemoProgress } from './progress';

export function demoStatus(ctx: Context) {
  const n = ctx.db.get<{ n: number }>(sql`SELECT count(*) AS n FROM trainees WHERE is_demo = 1`)?.n ?? 0;
  return { trainees: n, loaded: n > 0 };
}

export function loadDemo(ctx: Context, count: number) {
  return ctx.db.tx(() => {
    if (demoStatus(ctx).loaded) return demoStatus(ctx);
    const fieldIds = listFields(ctx).map((f) => f.id);
    const records = generateTrainees({
      count,
      fieldIds,
      lastFiscalYear: currentFiscalYear(ctx.now()),
      years: 5,
      seed: 7,
    });
    insertTrainees(ctx, records, { demo: true });
    loadDemoHosts(ctx, DEMO_HOST_COUNT);
    loadDemoCohorts(ctx);
    loadDemoProgress(ctx);
    loadDemoDispatch(ctx);
    return demoStatus(ctx);
  });
}

export function removeDemo(ctx: Context) {
  return ctx.db.tx(() => {
    removeDemoDispatch(ctx);
    removeDemoCohorts(ctx);
    removeDemoProgress(ctx);
    removeDemoHosts(ctx);
    const { changes } = ctx.db.run(sql`DELETE FROM trainees WHERE is_demo = 1`);
    if (changes > 0)
      recordAudit(ctx, { entity: 'trainee', entityId: '*', action: 'demo-remove', before: { count: changes } });
    return demoStatus(ctx);
  });
}
