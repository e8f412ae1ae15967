// The report beside the form: per program the decision first, then amounts, the documents (each can be ticked as
// received, which leaves it off the notice), dates, the office, what would change the answer, the explanation tree
// and the notes. Programs the applicant is outside of are folded together at the end.

import { el, clauseText } from './dom.js';
import { explainedTree, explanationTree, renderTree } from './explanation-tree.js';
import { format } from './texts.js';

const ORDER = { eligible: 0, ineligible: 1, undetermined: 2, notApplicable: 3 };

/**
 * @param {HTMLElement} container
 * @param {object[]} programs the chosen programs' entries of the report
 * @param {{ texts, explained: Map<string, object>, received: Set<string>, onReceived: () => void, labelOf: (id) => string, focusField: (id) => void }} context
 *   explained: the programs of POST /api/explain by id (empty when that call failed: the tree then comes from the report)
 */
export function renderReport(container, programs, context) {
  const { texts } = context;
  const sorted = [...programs].sort((a, b) => ORDER[a.status] - ORDER[b.status]);
  const applicable = sorted.filter((p) => p.status !== 'notApplicable');
  const outside = sorted.filter((p) => p.status === 'notApplicable');
  container.replaceChildren(
    ...applicable.map((program) => programCard(program, context)),
    outside.length === 0
      ? null
      : el('details', { class: 'outside' }, el('summary', { text: format(texts.notApplicableGroup, outside.length) }), outside.map((program) => programCard(program, context))),
  );
}

/** The one-line count of decisions, for the live region above the report. */
export function summarize(programs, texts) {
  const count = (status) => programs.filter((p) => p.status === status).length;
  return format(texts.summary, count('eligible'), count('ineligible'), count('undetermined'), count('notApplicable'));
}

function programCard(program, context) {
  const { texts } = context;
  return el(
    'article',
    { class: `program status-${program.status}`, 'data-program': program.id, 'aria-label': program.title },
    el('h3', {}, el('span', { class: 'badge', text: texts.status[program.status] }), ' ', program.title),
    section(texts.amounts, program.amounts.map((amount) => el('li', { text: amountText(amount, texts) }))),
    documents(program, context),
    section(texts.deadlines, program.deadlines.map((deadline) => deadlineItem(deadline, texts))),
    program.office ? section(texts.office, [el('li', {}, officeText(program.office, texts), cited(program.office.citation))]) : null,
    whatWouldChange(program, context),
    section(texts.explanation, [el('li', { class: 'tree-holder' }, renderTree(tree(program, context)))], 'explanation'),
    program.notices.length === 0
      ? null
      : el('details', { class: 'notices' }, el('summary', { text: `${texts.notices}（${program.notices.length}）` }), el('ul', {}, program.notices.map((n) => el('li', {}, n.text, cited(n.citation))))),
  );
}

function tree(program, { texts, explained }) {
  const explanation = explained.get(program.id);
  return explanation ? explainedTree(explanation, texts) : explanationTree(program, texts);
}

function section(heading, items, className) {
  if (items.length === 0) {
    return null;
  }
  return el('section', { class: className ?? null }, el('h4', { text: heading }), el('ul', {}, items));
}

function documents(program, context) {
  const { texts, received } = context;
  return section(
    texts.documents,
    program.documents.map((document) => {
      const id = `r-${program.id}-${document.id}`.replace(/[^A-Za-z0-9-]/g, '-');
      const box = el('input', {
        type: 'checkbox',
        id,
        checked: received.has(document.id),
        onchange: () => {
          if (box.checked) {
            received.add(document.id);
          } else {
            received.delete(document.id);
          }
          context.onReceived();
        },
      });
      const name = document.form ? `${document.name}（${document.form}）` : document.name;
      return el('li', { class: 'document' }, el('label', { for: id, title: format(texts.receivedLabel, document.name) }, box, el('span', { class: 'received', text: texts.received })), ' ', name, cited(document.citation));
    }),
    'documents',
  );
}

function whatWouldChange(program, context) {
  const { texts } = context;
  if (program.status === 'undetermined' && program.missing.length > 0) {
    return section(texts.whatWouldChange, [
      el('li', {}, texts.stillNeeded, ' ', program.missing.map((id) => el('button', { type: 'button', class: 'link', text: context.labelOf(id), onclick: () => context.focusField(id) }))),
    ], 'change');
  }
  if (program.status === 'ineligible') {
    return section(texts.whatWouldChange, [el('li', { text: texts.failingConditions }), ...program.reasons.map((r) => el('li', { class: 'failed' }, r.text, cited(r.citation)))], 'change');
  }
  return null;
}

function deadlineItem(deadline, texts) {
  const period = deadline.from && deadline.to
    ? format(texts.periodRange, deadline.from, deadline.to)
    : deadline.from ? format(texts.from, deadline.from) : deadline.to ? format(texts.until, deadline.to) : '';
  return el(
    'li',
    { class: deadline.passed ? 'passed' : null },
    el('span', { class: 'period', text: period }),
    ' ',
    deadline.text,
    deadline.office ? `（${deadline.office}）` : '',
    deadline.passed ? el('span', { class: 'tag', text: texts.passed }) : null,
    cited(deadline.citation),
  );
}

function officeText(office, texts) {
  return [office.name, office.address ? `${texts.address} ${office.address}` : null, office.phone ? `${texts.phone} ${office.phone}` : null].filter(Boolean).join('，');
}

function amountText(amount, texts) {
  const figure = amount.value !== undefined && amount.value !== null
    ? `${Number(amount.value).toLocaleString(texts.htmlLang)}${texts.units[amount.unit] ?? ` ${amount.unit}`}`
    : amount.formula;
  const period = texts.period[amount.period] ?? '';
  const years = amount.years ? format(texts.upToYears, amount.years) : '';
  return `${amount.label}${texts.colon}${figure}${period}${years}`;
}

function cited(citation) {
  return citation ? el('span', { class: 'clause', text: clauseText(citation) }) : null;
}
