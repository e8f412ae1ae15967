// The written one-time notice (一次性告知单, 海政办发〔2017〕50号 第十九条): the server writes it (POST /api/notice) for
// the chosen programs, so the wording is the same here and in the PDF (POST /api/notice/pdf); this module lays it out
// for the print view, whose stylesheet (staff.css, @media print) prints it alone on A4.

import { el, clauseText } from './dom.js';

/** The notice for a request ({ date, locale, facts, programs, received }), or an Error carrying the server's problem. */
export async function fetchNotice(request, lang) {
  const response = await post(`/api/notice?lang=${encodeURIComponent(lang)}`, request, 'application/json');
  return response.json();
}

/** Saves the notice's PDF through the browser; throws with the server's detail when it cannot make one. */
export async function downloadPdf(request, lang) {
  const response = await post(`/api/notice/pdf?lang=${encodeURIComponent(lang)}`, request, 'application/pdf');
  const url = URL.createObjectURL(await response.blob());
  const link = el('a', { href: url, download: `notice-${request.date}.pdf`, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

async function post(url, body, accept) {
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: accept }, body: JSON.stringify(body) });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new Error(problem.detail ?? `HTTP ${response.status}`);
  }
  return response;
}

/** The notice as a printable sheet. */
export function renderNotice(container, notice, colon) {
  container.replaceChildren(
    el(
      'article',
      { class: 'sheet', lang: notice.locale },
      el('h1', { text: notice.title }),
      el('p', { class: 'basis', text: clauseText(notice.basis) }),
      el('p', { class: 'intro', text: notice.intro }),
      el('ul', { class: 'facts' }, notice.facts.map((line) => el('li', { text: line.text }))),
      notice.programs.map((program) =>
        el(
          'section',
          { class: `notice-program status-${program.status}`, 'data-program': program.id },
          el('h2', {}, program.title, colon, el('span', { class: 'decision', text: program.decision })),
          program.sections.map((section) => list(section)),
        )),
      notice.notApplicable ? el('section', { class: 'notice-outside' }, list(notice.notApplicable)) : null,
      notice.review ? el('p', { class: 'review' }, el('strong', { text: notice.review.text }), clause(notice.review.citation)) : null,
      el('p', { class: 'disclaimer', text: notice.disclaimer }),
      el('div', { class: 'blanks' }, notice.blanks.map((blank) => el('p', {}, blank, el('span', { class: 'blank' })))),
    ),
  );
}

function list(section) {
  return [el('h3', { text: section.heading }), el('ul', {}, section.lines.map((line) => el('li', {}, line.text, clause(line.citation))))];
}

function clause(citation) {
  return citation ? el('span', { class: 'clause', text: clauseText(citation) }) : null;
}
