import { describe, expect, it } from 'vitest';
import type { DeployEvent } from '../../../src/events.js';
import { planTable } from '../../../src/report/plan-markdown.js';
import { planTextLines } from '../../../src/report/plan-text.js';
import { buildRunReport } from '../../../src/report/result.js';

const steps = [
  {
    component: 'smoke',
    request: 'GET https://shop.example.com/health',
    run: true,
    why: 'runs on every deploy (when: always)',
  },
  {
    component: 'hook',
    request: 'POST https://hooks.example.com/<b>x</b>|y',
    run: false,
    why: 'nothing changed (when: changed)',
  },
];

describe('steps in the reports', () => {
  it('the plan text lists steps as will run / will not run, not as changes', () => {
    const lines = planTextLines([], 40, steps);
    expect(lines).toEqual([
      'plan: 0 to add, 0 to change, 0 to replace, 0 to delete',
      '  will run GET https://shop.example.com/health (smoke): runs on every deploy (when: always)',
      '  will not run POST https://hooks.example.com/<b>x</b>|y (hook): nothing changed (when: changed)',
    ]);
  });

  it('the Markdown plan escapes the request (data, never markup)', () => {
    const at = 1;
    const report = buildRunReport([{ type: 'plan-ready', cluster: 'c1', changes: [], steps, at }]);
    const table = planTable(report.clusters[0]!, 10_000);
    expect(table).toContain('▶️ will run');
    expect(table).toContain('⏸️ will not run');
    // In a code span `<b>` is text, and the table's cell separator is escaped.
    expect(table).toContain('| `POST https://hooks.example.com/<b>x</b>\\|y` nothing changed');
  });

  it("a step's one line becomes its component's reason", () => {
    const events: DeployEvent[] = [
      { type: 'step-started', cluster: 'c1', component: 'hook', request: 'POST https://h/x', at: 1 },
      { type: 'step-retry', cluster: 'c1', component: 'hook', attempt: 1, problem: '503', delayMs: 1000, at: 2 },
      {
        type: 'step-finished',
        cluster: 'c1',
        component: 'hook',
        ran: true,
        ok: false,
        line: 'POST https://h/x → 503 after 3 attempts',
        at: 3,
      },
      {
        type: 'component-finished',
        cluster: 'c1',
        component: 'hook',
        outcome: 'failed',
        durationMs: 5,
        reason: 'POST https://h/x → 503 after 3 attempts',
        at: 4,
      },
    ];
    const component = buildRunReport(events).clusters[0]?.components[0];
    expect(component).toMatchObject({
      name: 'hook',
      outcome: 'failed',
      started: true,
      reason: 'POST https://h/x → 503 after 3 attempts',
    });
  });
});
