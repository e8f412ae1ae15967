// The two lookups a clerk makes between cases: policy search (GET /api/search: the clauses of the policy documents that
// answer the words, best first, with the rules and programs that use each) and "is permit X still required?"
// (GET /api/permits: the items of 门政发〔2017〕19号 and what became of each). A Lookup wires one search form to its
// results; the functions below lay out what each endpoint answers.

import { el, clauseText } from './dom.js';
import { format } from './texts.js';

/**
 * One lookup form: on submit it asks url(query) and renders the answer, or says in the console's language what went
 * wrong. An empty query is answered by emptyQuery (a message) or, when that is absent, asked like any other.
 */
export class Lookup {
  #form;
  #query;
  #status;
  #problem;
  #results;
  #options;
  #sequence = 0;

  /** @param {{ url: (query: string, texts) => string, render: (body, texts) => Node[], count: (body) => number, emptyQuery?: string }} options */
  constructor(form, options, currentTexts) {
    this.#form = form;
    this.#query = form.querySelector('input');
    this.#status = form.parentElement.querySelector('[role=status]');
    this.#problem = form.parentElement.querySelector('[role=alert]');
    this.#results = form.parentElement.querySelector('.lookup-results');
    this.#options = options;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.run(currentTexts());
    });
  }

  /** Whether an answer (or a problem) is on show: it is asked again when the language changes. */
  get shown() {
    return this.#sequence > 0;
  }

  async run(texts) {
    const sequence = ++this.#sequence;
    const query = this.#query.value.trim();
    const { url, render, count, emptyQuery } = this.#options;
    this.#showProblem(null);
    if (!query && emptyQuery) {
      this.#results.replaceChildren();
      this.#status.textContent = '';
      this.#showProblem(texts[emptyQuery]);
      return;
    }
    this.#status.textContent = texts.searching;
    try {
      const body = await getAnswer(url(query, texts));
      if (sequence !== this.#sequence) {
        return;
      }
      this.#results.replaceChildren(...render(body, texts));
      this.#status.textContent = format(texts.found, count(body));
    } catch (error) {
      if (sequence === this.#sequence) {
        this.#results.replaceChildren();
        this.#status.textContent = '';
        this.#showProblem(problemText(error, texts));
      }
    }
  }

  #showProblem(text) {
    this.#problem.hidden = !text;
    this.#problem.textContent = text ?? '';
  }
}

/** A problem the server answered (problem+json): its status and detail. */
class AnswerProblem extends Error {
  constructor(status, detail) {
    super(detail ?? `HTTP ${status}`);
    this.status = status;
  }
}

async function getAnswer(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new AnswerProblem(response.status, problem.detail ?? problem.title);
  }
  return response.json();
}

function problemText(error, texts) {
  if (error instanceof AnswerProblem && error.status === 503) {
    return format(texts.searchUnavailable, error.message);
  }
  if (error instanceof AnswerProblem && error.status === 400) {
    return format(texts.queryRejected, error.message);
  }
  return texts.lookupFailed;
}

export const SEARCH_LIMIT = 10;

/** The clauses found, ranked: document number and title, clause path, the passage with its matches marked, and the rules citing it. */
export function searchResults(body, texts, programTitle) {
  return body.results.map((hit) =>
    el(
      'li',
      { class: 'hit', 'data-document': hit.documentNumber },
      el('h3', {}, el('span', { class: 'document-number', text: hit.documentNumber }), ' ', hit.title),
      el('p', { class: 'clause-path', text: hit.clausePath }),
      el('blockquote', { class: 'passage' }, highlighted(hit.passage)),
      hit.rules.length === 0
        ? el('p', { class: 'hint', text: texts.notEncoded })
        : el(
          'div',
          { class: 'citing' },
          el('h4', { text: texts.encodedAs }),
          el('ul', {}, hit.rules.map((r) => el('li', {}, el('code', { text: r.rule }), r.program ? `${texts.colon}${programTitle(r.program)}` : ''))),
        ),
    ),
  );
}

/** The passage as text, each match (between ** and **) in a mark: nothing of it is read as HTML. */
export function highlighted(passage) {
  return passage.split('**').map((part, i) => (i % 2 === 1 ? el('mark', { text: part }) : document.createTextNode(part)));
}

/** The permit items found: each with what became of it, the office, the decision and basis as the annex words them, and where the row is. */
export function permitResults(body, texts) {
  return body.results.map((item) =>
    el(
      'li',
      { class: `permit change-${item.change}`, 'data-number': item.number },
      el('h3', {}, el('span', { class: 'badge', text: texts.permitChange[item.change] ?? item.change }), ' ', `${item.number}. ${item.name}`),
      el('p', { class: 'answer', text: item.answer }),
      el(
        'dl',
        {},
        entry(texts.office, item.office),
        entry(texts.mergedInto, item.mergedInto),
        entry(texts.kept, item.kept),
        entry(texts.permitDecision, item.decision),
        entry(texts.permitBasis, item.basis),
        entry(texts.citation, clauseText(item.citation)),
      ),
    ),
  );
}

function entry(term, description) {
  return description ? [el('dt', { text: term }), el('dd', { text: description })] : null;
}
