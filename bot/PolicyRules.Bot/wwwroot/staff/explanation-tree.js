// The explanation of one program's decision as a tree a clerk can follow: the decision at the root; under it the
// rules that fired, the conditions not met, the questions not yet answered and the notes, each with its clause and,
// beneath it, the reasons it rests on.
//
// The tree is drawn from POST /api/explain, whose reasons are already nested (a rule that fired has the rules behind the
// facts it matched as children). When that call fails, explanationTree() draws it from the report's flat reasons
// (POST /api/evaluate), grouped by document and clause. Both give the same nodes to renderTree().
//
// A node is { kind: 'decision' | 'fired' | 'failed' | 'unknown' | 'note' | 'document' | 'clause' | 'reason', text,
// citation?, children }.

import { el, clauseText } from './dom.js';

const KIND_BY_STATUS = { eligible: 'fired', ineligible: 'failed', notApplicable: 'failed', undetermined: 'unknown' };
const KIND_BY_REASON = { fired: 'fired', failed: 'failed', pending: 'unknown', note: 'note' };

/** The tree of one program of an explanation (POST /api/explain): its reasons under a heading per kind, in this order. */
export function explainedTree(program, texts) {
  const roots = program.reasons.map(explainedNode);
  const kinds = ['fired', 'failed', 'unknown', 'note'].filter((kind) => roots.some((node) => node.kind === kind));
  return {
    kind: 'decision',
    text: decisionText(program, texts),
    children: kinds.map((kind) => {
      const nodes = roots.filter((node) => node.kind === kind);
      return { kind, text: `${heading(kind, texts)}（${nodes.length}）`, children: nodes };
    }),
  };
}

function explainedNode(reason) {
  return { kind: KIND_BY_REASON[reason.kind] ?? 'note', text: reason.text, citation: reason.citation, children: (reason.children ?? []).map(explainedNode) };
}

/** The tree of one program of a report, when no explanation could be had. */
export function explanationTree(program, texts) {
  const kind = KIND_BY_STATUS[program.status] ?? 'unknown';
  const documents = new Map();
  const loose = [];
  for (const reason of program.reasons) {
    const leaf = { kind: 'reason', text: reason.text, children: [] };
    if (!reason.citation) {
      loose.push(leaf);
      continue;
    }
    const { document, clause } = reason.citation;
    if (!documents.has(document)) {
      documents.set(document, new Map());
    }
    const clauses = documents.get(document);
    if (!clauses.has(clause)) {
      clauses.set(clause, []);
    }
    clauses.get(clause).push(leaf);
  }
  const byDocument = [...documents].map(([document, clauses]) => ({
    kind: 'document',
    text: document,
    children: [...clauses].map(([clause, leaves]) => ({ kind: 'clause', text: clause, children: leaves })),
  }));
  return {
    kind: 'decision',
    text: decisionText(program, texts),
    children: [{ kind, text: `${heading(kind, texts)}（${program.reasons.length}）`, children: [...byDocument, ...loose] }],
  };
}

function decisionText(program, texts) {
  return `${texts.status[program.status] ?? program.status}${texts.colon}${program.title}`;
}

function heading(kind, texts) {
  return { fired: texts.treeFired, failed: texts.treeFailed, unknown: texts.treeUnknown, note: texts.treeNote }[kind];
}

/** The tree as nested lists; every branch folds (details/summary: a native, keyboard-operable disclosure). */
export function renderTree(root) {
  return el('ul', { class: 'tree' }, renderNode(root, 0));
}

function renderNode(node, depth) {
  const label = el(
    'span',
    { class: 'node-label' },
    el('span', { class: `node node-${node.kind}`, text: node.text }),
    node.citation ? el('span', { class: 'clause node-clause', text: clauseText(node.citation) }) : null,
  );
  if (node.children.length === 0) {
    return el('li', {}, label);
  }
  // The decision and its first level are open; a clerk opens a clause to read its sentences only when a clause has several.
  const open = depth < 3 || node.children.length === 1;
  return el('li', {}, el('details', { open }, el('summary', {}, label), el('ul', {}, node.children.map((child) => renderNode(child, depth + 1)))));
}
