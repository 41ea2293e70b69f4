// A phase written 顺序: 不分先后 is drawn as a frame the flow enters and leaves once, its steps stacked without flow lines
// between them and its title saying so; read from the graphs of the policy and the closing rules and of inline processes.
import { compileProcess, type ProcessJson } from '@sopkit/core';
import { describe, expect, it } from 'vitest';
import type { GraphGroup } from '../src/diagram-graph.js';
import { buildGraph, defaultDiagramOptions, isGroupForTest, toMermaid, type DiagramGraph, type GraphNode } from './graph-helpers.js';
import { compileFile } from './helpers.js';

const details = ['steps', 'problems', 'full'] as const;
const graph = (process: ProcessJson, detail: (typeof details)[number]) => buildGraph(process, { ...defaultDiagramOptions, detail });
const frames = (g: DiagramGraph) => g.items.filter(isGroupForTest).filter((group) => group.id.startsWith('phase'));
const stepNodes = (frame: GraphGroup) => frame.items.filter((item): item is GraphNode => !isGroupForTest(item) && item.kind === 'step');
const legendLines = (g: DiagramGraph) => {
  const legend = g.items.filter(isGroupForTest).find((group) => group.id === 'legend')!;
  return legend.items.flatMap((item) => (isGroupForTest(item) || item.kind !== 'note' ? [] : item.lines.map((line) => line.text)));
};

function compileInline(text: string): ProcessJson {
  const result = compileProcess(text, { uri: 'inline.sop' });
  if (!result.process) throw new Error(result.diagnostics.map((d) => d.message).join('; '));
  return result.process;
}

describe.each(['processes/after-sales-policy.sop', 'processes/order-closing-rules.sop'])('%s', (source) => {
  const process = compileFile(source);
  const unordered = process.phases.filter((phase) => phase.ordered === false && phase.steps.length > 0);

  it.each(details)('detail %s: no flow line between two steps of a phase in no order, one line into its frame and one out', (detail) => {
    expect(unordered.length).toBeGreaterThan(0);
    const g = graph(process, detail);
    for (const phase of unordered) {
      const frame = frames(g).find((f) => f.title === `${phase.title}（不分先后）`);
      expect(frame, `${phase.title} is drawn as a frame titled in no order`).toBeDefined();
      const steps = stepNodes(frame!).map((node) => node.id);
      expect(steps).toHaveLength(phase.steps.length);
      const inside = new Set(frame!.items.map((item) => item.id));
      expect(g.edges.filter((e) => e.kind !== 'order' && steps.includes(e.from) && steps.includes(e.to))).toEqual([]);
      expect(g.edges.filter((e) => e.kind === 'flow' && !inside.has(e.from) && inside.has(e.to))).toEqual([]);
      expect(g.edges.filter((e) => e.to === frame!.id).map((e) => e.kind)).toEqual(['flow']);
      expect(g.edges.filter((e) => e.from === frame!.id).map((e) => e.kind)).toEqual(['flow']);
      steps.slice(1).forEach((id, i) => expect(g.edges).toContainEqual({ from: steps[i]!, to: id, kind: 'order' }));
    }
    const ordered = frames(g).filter((f) => !f.title?.endsWith('（不分先后）'));
    expect(ordered.map((f) => f.title)).toEqual(process.phases.filter((p) => p.ordered !== false && p.steps.length > 0).map((p) => p.title));
    for (const frame of ordered) {
      const steps = stepNodes(frame).map((node) => node.id);
      steps.slice(1).forEach((id, i) => expect(g.edges).toContainEqual({ from: steps[i]!, to: id, kind: 'flow' }));
    }
    expect(legendLines(g)).toContain('▭ 框内不分先后');
  });

  it('prints no arrow between the steps of such a phase in the Mermaid text', () => {
    const text = toMermaid(process, { detail: 'problems' });
    const g = graph(process, 'problems');
    for (const frame of frames(g).filter((f) => f.title?.endsWith('（不分先后）'))) {
      const steps = stepNodes(frame).map((node) => node.id);
      for (const from of steps) for (const to of steps) expect(text).not.toMatch(new RegExp(`^ {2}${from} -->.* ${to}$`, 'm'));
      expect(text).toMatch(new RegExp(`^ {2}${frame.id} --> \\w+$`, 'm'));
    }
  });
});

describe('inline processes', () => {
  const rules = compileInline(`# language: en
Process: Rules
  Id: rules
  Roles: Clerk, Manager
Step 1: Open the desk
Phase: Basic rules
  Order: none
Step 2: Be polite
Step 3: Check the form
  Decision: Is the form complete?
    Yes: Accept it
    No: Go to step 1
Step 4: Keep the records
Phase: Closing
Step 5: Close the desk
`);

  it('keeps jumps, and leads a decision that goes on out of the frame to what follows it', () => {
    const g = graph(rules, 'steps');
    const frame = frames(g).find((f) => f.title === 'Basic rules (in no order)')!;
    expect(frame.direction).toBeUndefined();
    const decision = frame.items.find((item) => !isGroupForTest(item) && item.kind === 'decision')!.id;
    const outcome = frame.items.find((item) => !isGroupForTest(item) && item.kind === 'outcome')!.id;
    expect(g.edges).toContainEqual({ from: decision, to: 'step1', kind: 'jump', label: 'No · Go to Step 1' });
    expect(g.edges).toContainEqual({ from: outcome, to: 'step5', kind: 'flow' });
    const touching = g.edges.filter((e) => [e.from, e.to].some((id) => id === 'step1' || id === 'step5') && e.kind !== 'order');
    expect(touching.map((e) => [e.from, e.to, e.kind])).toEqual([
      ['begin', 'step1', 'flow'], ['step1', frame.id, 'flow'], [outcome, 'step5', 'flow'], [decision, 'step1', 'jump'],
      [frame.id, 'step5', 'flow'], ['step5', 'finish', 'flow'],
    ]);
    expect(legendLines(g)).toContain('▭ Steps in no order');
  });

  it('tells dagre to keep such a frame in the diagram’s direction', () => {
    expect(toMermaid(rules, { layout: 'dagre' })).toMatch(/subgraph phase1\[[^\n]*\(in no order\)"\]\n {4}direction TD\n/);
    expect(toMermaid(rules, { layout: 'dagre', direction: 'LR' })).toMatch(/subgraph phase1\[[^\n]*\n {4}direction LR\n/);
    expect(toMermaid(rules)).not.toContain('direction');
  });

  it('frames the steps outside phases of a process in no order under that name alone', () => {
    const zh = compileInline('流程: 门店守则\n  编号: rules-zh\n  顺序: 不分先后\n工步 1: 仪容整洁\n工步 2: 礼貌用语\n阶段: 收尾\n  顺序: 按顺序\n工步 3: 关灯\n工步 4: 锁门\n');
    const g = graph(zh, 'steps');
    expect(frames(g).map((f) => f.title)).toEqual(['不分先后', '收尾']);
    expect(g.edges.filter((e) => e.kind === 'flow').map((e) => [e.from, e.to])).toEqual([
      ['begin', 'phase1'], ['phase1', 'step3'], ['step3', 'step4'], ['step4', 'finish'],
    ]);
  });

  it('adds nothing to a diagram whose steps are all in order', () => {
    const home = graph(compileFile('processes/home-service-visit.sop'), 'problems');
    expect(legendLines(home).some((line) => line.includes('不分先后'))).toBe(false);
    expect(frames(home).some((f) => f.title?.includes('不分先后'))).toBe(false);
  });
});
