// The explanation of one program's decision as a tree a clerk can follow: the decision at the root; under it the
// conditions met (the rules that fired), not met, or not yet known; under each, the clauses (document, then clause)
// and the sentences that rest on them.
//
// The tree is built from the report's reasons (POST /api/evaluate), whose kind follows from the program's status: a
// yes is the chain of rules that fired, a no lists every failing condition, "cannot tell yet" lists what is still
// needed by clause. explanationTree() is the only part that knows that shape: a richer source (an explain endpoint
// giving each rule and condition) only needs another function returning the same nodes for renderTree().
//
// A node is { kind: 'decision' | 'fired' | 'failed' | 'unknown' | 'document' | 'clause' | 'reason', text, children }.

import { el } from './dom.js';

const KIND_BY_STATUS = { eligible: 'fired', ineligible: 'failed', notApplicable: 'failed', undetermined: 'unknown' };

/** The tree of one program of a report. */
export function explanationTree(program, texts) {
  const kind = KIND_BY_STATUS[program.status] ?? 'unknown';
  const heading = { fired: texts.treeFired, failed: texts.treeFailed, unknown: texts.treeUnknown }[kind];
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
    text: `${texts.status[program.status] ?? program.status}${texts.colon}${program.title}`,
    children: [{ kind, text: `${heading}（${program.reasons.length}）`, children: [...byDocument, ...loose] }],
  };
}

/** The tree as nested lists; every branch folds (details/summary: a native, keyboard-operable disclosure). */
export function renderTree(root) {
  return el('ul', { class: 'tree' }, renderNode(root, 0));
}

function renderNode(node, depth) {
  const label = el('span', { class: `node node-${node.kind}`, text: node.text });
  if (node.children.length === 0) {
    return el('li', {}, label);
  }
  // The decision and its first level are open; a clerk opens a clause to read its sentences only when a clause has several.
  const open = depth < 3 || node.children.length === 1;
  return el('li', {}, el('details', { open }, el('summary', {}, label), el('ul', {}, node.children.map((child) => renderNode(child, depth + 1)))));
}
