// What each detail level draws, read from the graph of the real SOP and of small inline processes.
import { describe, expect, it } from 'vitest';
import { compileProcess, type ProcessJson } from '@sopkit/core';
import { buildGraph, defaultDiagramOptions, isGroupForTest, toMermaid, type DiagramGraph, type GraphNode } from './graph-helpers.js';
import { compileFile } from './helpers.js';

const home = compileFile('processes/home-service-visit.sop');
const graph = (process: ProcessJson, detail: 'steps' | 'problems' | 'full') => buildGraph(process, { ...defaultDiagramOptions, detail });

/** Every node of the diagram itself (not the legend's samples). */
function nodes(g: DiagramGraph): GraphNode[] {
  const out: GraphNode[] = [];
  const walk = (items: DiagramGraph['items']) => items.forEach((i) => (isGroupForTest(i) ? i.id !== 'legend' && walk(i.items) : out.push(i)));
  walk(g.items);
  return out;
}
const text = (n: GraphNode) => n.lines.map((l) => l.text).join('\n');

describe('steps', () => {
  const g = graph(home, 'steps');
  it('draws every step in order inside its phase, numbered, with its owner', () => {
    const steps = nodes(g).filter((n) => n.kind === 'step');
    expect(steps.map((n) => n.lines[0]!.text.split(' · ')[0])).toEqual(home.steps.map((s) => s.number));
    expect(text(steps[0]!)).toBe('1 · 接客户电话\n负责：信息员');
    const phases = g.items.filter(isGroupForTest).filter((gr) => gr.id.startsWith('phase'));
    expect(phases.map((p) => p.title)).toEqual(home.phases.map((p) => p.title));
  });

  it('draws decisions as diamonds with labelled branches that rejoin the flow', () => {
    const decisions = nodes(g).filter((n) => n.kind === 'decision');
    expect(decisions.map((d) => d.lines.map((l) => l.text).join(''))).toEqual(['此故障能否维修?', '此故障能否在客户家维修?是否需带回维修?是否需提供备用机?', '能在客户家修复?']);
    const [d1, d2] = decisions.map((d) => d.id);
    expect(g.edges.filter((e) => e.from === d1).map((e) => e.label)).toEqual(['是', '否']);
    expect(g.edges).toContainEqual({ from: d1, to: d2, kind: 'branch', label: '是' });
    expect(g.edges.filter((e) => e.from === d2).map((e) => e.label)).toEqual(['需要带回维修', '否则']);
  });

  it('shows no problems, roles or standards', () => {
    expect(nodes(g).filter((n) => ['problem', 'role', 'standard'].includes(n.kind))).toEqual([]);
  });
});

describe('problems', () => {
  const g = graph(home, 'problems');
  it('adds each step’s problems with their remedies, shared remedies once', () => {
    const problems = nodes(g).filter((n) => n.kind === 'problem');
    const groups = new Set(home.steps.flatMap((s) => s.problems.map((p) => (p.group ?? [p.id]).join())));
    expect(problems).toHaveLength(groups.size);
    const late = problems.find((p) => text(p).startsWith('⚠ 迟到'))!;
    expect(text(late)).toContain('◇ 迟到多久?');
    expect(text(late)).toContain('→ 迟到时间超过15分钟(或更长)');
    const shared = problems.find((p) => text(p).includes('路上发生塞车'))!;
    expect(text(shared)).toContain('或 在上个客户家耽误。');
  });

  it('draws escalations as edges to the role called, and the return to step 15', () => {
    const byId = new Map(nodes(g).map((n) => [n.id, n]));
    const escalated = g.edges.filter((e) => e.kind === 'escalate').map((e) => byId.get(e.to)!.lines[0]!.text);
    expect(new Set(escalated)).toEqual(new Set(['技术经理', '中心', '技术部经理', '总部技术科']));
    const back = g.edges.find((e) => e.kind === 'jump')!;
    expect(back.label).toBe('返回 工步 15');
    expect(byId.get(back.to)!.lines[0]!.text).toBe('15 · 故障维修');
  });

  it('draws notifying a role apart from escalating to it', () => {
    const dealerProcess = compileFile('processes/dealer-appointment.sop');
    const dealer = graph(dealerProcess, 'problems');
    const byId = new Map(nodes(dealer).map((n) => [n.id, n]));
    const notified = dealer.edges.filter((e) => e.kind === 'notify');
    expect(notified.map((e) => [e.label, byId.get(e.to)!.lines[0]!.text])).toEqual([['通知', '技术主管'], ['通知', '技术主管']]);
    expect(dealer.edges.filter((e) => e.kind === 'escalate')).toEqual([]);
    expect(toMermaid(dealerProcess, { detail: 'problems' })).toMatch(/linkStyle [\d,]+ stroke:#0f7c8c,stroke-width:2px,stroke-dasharray:6 4/);
  });
});

describe('full', () => {
  it('adds the work standards with their items', () => {
    const standards = nodes(graph(home, 'full')).filter((n) => n.kind === 'standard');
    expect(standards).toHaveLength(home.steps.filter((s) => s.standards.length > 0).length);
    expect(standards.some((s) => text(s).includes('· 佩带上岗证;'))).toBe(true);
  });
});

describe('robustness', () => {
  it('ignores JSON fields it does not know (constructs added by later language versions)', () => {
    const extended = JSON.parse(JSON.stringify(home)) as ProcessJson & Record<string, unknown>;
    extended['futureConstruct'] = [{ id: 'x', prompt: 'end"]' }];
    (extended.steps[0] as unknown as Record<string, unknown>)['decisionTables'] = [{ rows: [] }];
    expect(toMermaid(extended)).toBe(toMermaid(home));
  });

  it('draws a process without phases or steps', () => {
    const result = compileProcess('# language: en\nProcess: Empty\n  Id: empty\nStep 1: Only\n', { uri: 'inline.sop' });
    const mmd = toMermaid(result.process!);
    expect(mmd).toContain('step1["<b>1 · Only</b>"]:::step');
    expect(mmd).toContain('step1 --> finish');
    const none = { ...result.process!, steps: [], phases: [] };
    expect(toMermaid(none)).toContain('begin --> finish');
  });

  it('gives the same text for the same process and options', () => {
    expect(toMermaid(home, { detail: 'full' })).toBe(toMermaid(structuredClone(home), { detail: 'full' }));
  });
});

describe('legend', () => {
  const samples = (g: DiagramGraph) => g.items.filter(isGroupForTest).find((i) => i.id === 'legend')!.items.map((i) => (i as GraphNode).kind);

  it('shows a sample of each shape the diagram draws, and only those', () => {
    const plain = compileProcess('流程: 甲\n  编号: jia\n工步 1: 受理\n工步 2: 登记\n').process!;
    expect(samples(graph(plain, 'steps'))).toEqual(['terminal', 'step', 'note']);
    expect(samples(graph(plain, 'full'))).toEqual(['terminal', 'step', 'note']);
    expect(samples(graph(home, 'steps'))).toEqual(['terminal', 'step', 'decision', 'outcome', 'note']);
    expect(samples(graph(home, 'full'))).toEqual(['terminal', 'step', 'decision', 'outcome', 'problem', 'role', 'standard', 'note']);
  });
});
