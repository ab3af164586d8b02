/**
 * The coordinator's pages, rendered on the server as plain HTML: no script, no inline style (the
 * CSP allows style-src 'self' only), GOV.UK's patterns (skip link, error summary, tables with
 * captions and scoped headers, warning button) in the widgets' colours (coordinator.css).
 *
 * Every value goes through the `html` tag (safe-html.ts), which escapes whatever is not already
 * `SafeHtml`, and what a parent wrote is wrapped in `<bdi>` too, so a right-to-left override in a
 * name cannot reorder the words around it. There is no other way to put text into a page. What a
 * stored record says is read in stored-record.ts, which the CSV exports share.
 */
import type { StoredSubmission } from '../store/store.js';
import { SafeHtml, html, said } from './safe-html.js';
import { dayNames, list, methodWords, nameOf, object, parse, ratingWords, text, when, whenText, type Json } from './stored-record.js';

/** A stored ISO time as a `<time>` in UK time: "6 Dec 2026, 09:31 GMT". */
export function time(iso: unknown): SafeHtml {
  if (typeof iso !== 'string') return html``;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return said(iso);
  return html`<time datetime="${date.toISOString()}">${when.format(date)}</time>`;
}

// ---------------------------------------------------------------------------------------------
// Pages.

export interface Layout {
  title: string;
  body: SafeHtml;
  /** The session's CSRF token: shows the "Sign out" button. */
  csrf?: string;
}

export function page({ title, body, csrf }: Layout): string {
  return `<!DOCTYPE html>${html`
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${title} – Parent Champion receiver</title>
<link rel="stylesheet" href="/coordinator/coordinator.css">
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="header">
<div class="width header__inner">
<a class="header__name" href="/coordinator">Parent Champion receiver</a>
${
  csrf
    ? html`<form class="header__sign-out" method="post" action="/coordinator/logout">
<input type="hidden" name="csrf" value="${csrf}">
<button class="button button--secondary button--small" type="submit">Sign out</button>
</form>`
    : ''
}
</div>
</header>
<main class="width main" id="main" tabindex="-1">
${body}
</main>
</body>
</html>
`}`;
}

/** A GOV.UK error summary: role=alert, each problem linking to its field. */
export function errorSummary(problems: { field: string; message: string }[]): SafeHtml {
  return html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title">
<h2 class="error-summary__title" id="error-summary-title">There is a problem</h2>
<ul class="error-summary__list">${problems.map((p) => html`<li><a href="#${p.field}">${p.message}</a></li>`)}</ul>
</div>`;
}

export interface LoginPage {
  csrf: string;
  error?: string;
  notice?: string;
}

export function loginPage({ csrf, error, notice }: LoginPage): string {
  return page({
    title: error ? `Error: Sign in` : 'Sign in',
    body: html`
${error ? errorSummary([{ field: 'secret', message: error }]) : ''}
${notice ? html`<div class="panel panel--success" role="status"><p>${notice}</p></div>` : ''}
<h1 class="heading-l">Sign in to see sign-ups and feedback</h1>
<form class="form" method="post" action="/coordinator/login" novalidate>
<input type="hidden" name="csrf" value="${csrf}">
<div class="field${error ? ' field--error' : ''}">
<label class="label" for="secret">Coordinator’s secret</label>
<p class="hint" id="secret-hint">The COORDINATOR_SECRET this receiver was started with.</p>
${error ? html`<p class="error-message" id="secret-error"><span class="visually-hidden">Error:</span> ${error}</p>` : ''}
<input class="input input--w30" id="secret" name="secret" type="password" autocomplete="current-password" spellcheck="false" required aria-describedby="secret-hint${error ? ' secret-error' : ''}"${error ? new SafeHtml(' aria-invalid="true"') : ''}>
</div>
<button class="button" type="submit">Sign in</button>
</form>`,
  });
}

/** The page for a refusal (401, 403, 404, 429…): a heading, a sentence and a way on. */
export function messagePage(title: string, message: string, link: { href: string; text: string } = { href: '/coordinator', text: 'Go to sign-ups and feedback' }, csrf?: string): string {
  return page({
    title,
    csrf,
    body: html`<h1 class="heading-l">${title}</h1>
<p class="body">${message}</p>
<p class="body"><a href="${link.href}">${link.text}</a></p>`,
  });
}

export interface Listing {
  form: 'signup' | 'feedback';
  rows: StoredSubmission[];
  total: number;
  page: number;
  pages: number;
  perPage: number;
}

export interface MainPage {
  signups: Listing;
  feedback: Listing;
  retentionDays: number;
  /** With a session: the Erase buttons and Sign out carry it. Without (a bearer token): no buttons. */
  csrf?: string;
  notice?: 'erased' | 'gone';
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

function eraseButton(id: string, csrf: string | undefined, whose: string): SafeHtml {
  if (!csrf) return html``;
  return html`<form method="post" action="/coordinator/erase">
<input type="hidden" name="csrf" value="${csrf}">
<input type="hidden" name="id" value="${id}">
<button class="button button--warning button--small" type="submit">Erase<span class="visually-hidden"> ${said(whose)}</span></button>
</form>`;
}

function contact(method: unknown, email: unknown, phone: unknown): SafeHtml {
  const m = text(method);
  const detail = m === 'email' ? text(email) : text(phone) ?? text(email);
  if (!m && !detail) return html``;
  return html`${methodWords(m) ?? ''}${m && detail ? html`<br>` : ''}${said(detail)}`;
}

const lines = (items: string[]): SafeHtml => html`${items.map((item, i) => html`${i ? html`<br>` : ''}${said(item)}`)}`;

function signupRow(record: StoredSubmission, csrf: string | undefined): SafeHtml {
  const parsed = parse(record);
  const a = parsed.answers;
  const consent = object(parsed.payload.consent);
  const days = dayNames(list(a.days));
  const times = list(a.timesOfDay);
  return html`<tr class="table__row">
<td class="table__cell">${time(record.receivedAt)}</td>
<th class="table__header table__header--row" scope="row">${said(text(a.name))}</th>
<td class="table__cell">${contact(a.contactMethod, a.email, a.phone)}</td>
<td class="table__cell">${said(text(a.area))}</td>
<td class="table__cell">${said(text(a.childrenAges))}</td>
<td class="table__cell">${lines(list(a.languages))}</td>
<td class="table__cell">${said(days.join(', '))}${days.length && times.length ? html`<br>` : ''}${said(times.join(', '))}</td>
<td class="table__cell">${lines(list(a.interests))}</td>
<td class="table__cell">${lines(list(a.heardAbout))}</td>
<td class="table__cell table__cell--long">${said(text(a.anythingElse))}</td>
<td class="table__cell">${consent.given === true ? time(consent.givenAt) : 'Not recorded'}</td>
${csrf ? html`<td class="table__cell">${eraseButton(record.id, csrf, `the sign-up from ${nameOf(parsed)}`)}</td>` : ''}
</tr>`;
}

function subjectOf(payload: Json): SafeHtml {
  const subject = object(payload.subject);
  const name = text(subject.serviceName);
  const service = text(subject.serviceId);
  const event = text(subject.eventId);
  const id = service ? `service ${service}` : event ? `session ${event}` : undefined;
  if (!name && !id) {
    const pageUrl = text(payload.pageUrl);
    return pageUrl ? html`The page <bdi class="break">${pageUrl}</bdi>` : html``;
  }
  return html`${said(name)}${name && id ? html`<br>` : ''}${id ? html`<span class="hint">${said(id)}</span>` : ''}`;
}

function feedbackRow(record: StoredSubmission, csrf: string | undefined): SafeHtml {
  const parsed = parse(record);
  const a = parsed.answers;
  const allowed = a.contactAllowed === true;
  return html`<tr class="table__row">
<th class="table__header table__header--row" scope="row">${time(record.receivedAt)}</th>
<td class="table__cell">${subjectOf(parsed.payload)}</td>
<td class="table__cell">${ratingWords(a.rating) ?? ''}</td>
<td class="table__cell table__cell--long">${said(text(a.wentWell))}</td>
<td class="table__cell table__cell--long">${said(text(a.couldBeBetter))}</td>
<td class="table__cell">${allowed ? contact(a.contactMethod, a.email, a.phone) : 'Not allowed'}</td>
${csrf ? html`<td class="table__cell">${eraseButton(record.id, csrf, `the feedback received ${whenText(record.receivedAt)}`)}</td>` : ''}
</tr>`;
}

export function pageHref(signups: number, feedback: number, anchor: string): string {
  const query = new URLSearchParams();
  if (signups > 1) query.set('signups', String(signups));
  if (feedback > 1) query.set('feedback', String(feedback));
  const q = query.toString();
  return `/coordinator${q ? `?${q}` : ''}#${anchor}`;
}

function pagination(listing: Listing, href: (page: number) => string, label: string): SafeHtml {
  if (listing.pages <= 1) return html``;
  return html`<nav class="pagination" aria-label="${label}">
<ul class="pagination__list">
${listing.page > 1 ? html`<li><a class="pagination__link" href="${href(listing.page - 1)}" rel="prev">Previous page</a></li>` : ''}
<li class="pagination__current">Page ${listing.page} of ${listing.pages}</li>
${listing.page < listing.pages ? html`<li><a class="pagination__link" href="${href(listing.page + 1)}" rel="next">Next page</a></li>` : ''}
</ul>
</nav>`;
}

function range(listing: Listing): string {
  if (listing.total === 0) return '';
  const first = (listing.page - 1) * listing.perPage + 1;
  const last = first + listing.rows.length - 1;
  return listing.total > listing.rows.length ? `, ${first} to ${last} of ${listing.total}` : '';
}

export function mainPage(data: MainPage): string {
  const { signups, feedback, csrf, retentionDays } = data;
  const eraseHeader = csrf ? html`<th class="table__header" scope="col"><span class="visually-hidden">Erase</span></th>` : '';
  const signupHref = (p: number) => pageHref(p, feedback.page, 'signups');
  const feedbackHref = (p: number) => pageHref(signups.page, p, 'feedback');
  const notice =
    data.notice === 'erased'
      ? html`<div class="panel panel--success" role="status"><p class="body"><strong>Erased.</strong> The record is deleted from the receiver. Delete it from any CSV files you downloaded too.</p></div>`
      : data.notice === 'gone'
        ? html`<div class="panel panel--warning" role="status"><p class="body"><strong>Already gone.</strong> That record is not in the receiver any more: it was erased before, or deleted at the end of the retention period.</p></div>`
        : '';
  return page({
    title: 'Sign-ups and feedback',
    csrf,
    body: html`${notice}
<h1 class="heading-l">Parent Champion sign-ups and feedback</h1>
<ul class="counts">
<li class="counts__item"><span class="counts__number">${signups.total.toLocaleString('en-GB')}</span> ${signups.total === 1 ? 'sign-up' : 'sign-ups'}</li>
<li class="counts__item"><span class="counts__number">${feedback.total.toLocaleString('en-GB')}</span> feedback ${feedback.total === 1 ? 'response' : 'responses'}</li>
</ul>
<p class="body">${
      retentionDays > 0
        ? `Submissions are deleted after ${plural(retentionDays, 'day', 'days')} (the RETENTION_DAYS setting).`
        : 'Submissions are kept until you erase them: no retention period is set (RETENTION_DAYS is 0).'
    }</p>
<h2 class="heading-m">Download</h2>
<ul class="list">
<li><a href="/coordinator/signups.csv" download>Download all sign-ups (CSV, opens in Excel)</a></li>
<li><a href="/coordinator/feedback.csv" download>Download all feedback (CSV, opens in Excel)</a></li>
</ul>
<h2 class="heading-m" id="signups">Sign-ups</h2>
${
  signups.total === 0
    ? html`<p class="body">No sign-ups yet.</p>`
    : html`<div class="table-wrap" role="region" aria-labelledby="signups-caption" tabindex="0">
<table class="table">
<caption class="table__caption" id="signups-caption">Sign-ups, newest first${range(signups)}</caption>
<thead><tr>
<th class="table__header" scope="col">Received</th>
<th class="table__header" scope="col">Name</th>
<th class="table__header" scope="col">Contact</th>
<th class="table__header" scope="col">Postcode or ward</th>
<th class="table__header" scope="col">Children’s ages</th>
<th class="table__header" scope="col">Languages</th>
<th class="table__header" scope="col">Days and times</th>
<th class="table__header" scope="col">Interests</th>
<th class="table__header" scope="col">Heard about</th>
<th class="table__header" scope="col">Anything else</th>
<th class="table__header" scope="col">Consent given</th>
${eraseHeader}
</tr></thead>
<tbody>${signups.rows.map((r) => signupRow(r, csrf))}</tbody>
</table>
</div>
${pagination(signups, signupHref, 'Sign-ups pages')}`
}
<h2 class="heading-m" id="feedback">Feedback</h2>
${
  feedback.total === 0
    ? html`<p class="body">No feedback yet.</p>`
    : html`<div class="table-wrap" role="region" aria-labelledby="feedback-caption" tabindex="0">
<table class="table">
<caption class="table__caption" id="feedback-caption">Feedback, newest first${range(feedback)}</caption>
<thead><tr>
<th class="table__header" scope="col">Received</th>
<th class="table__header" scope="col">Service or session</th>
<th class="table__header" scope="col">Rating</th>
<th class="table__header" scope="col">What went well</th>
<th class="table__header" scope="col">What could be better</th>
<th class="table__header" scope="col">Contact (if allowed)</th>
${eraseHeader}
</tr></thead>
<tbody>${feedback.rows.map((r) => feedbackRow(r, csrf))}</tbody>
</table>
</div>
${pagination(feedback, feedbackHref, 'Feedback pages')}`
}`,
  });
}

/** "Erase Amina’s sign-up? This cannot be undone": the record, a red button and a way back. */
export function confirmPage(record: StoredSubmission, csrf: string): string {
  const parsed = parse(record);
  const a = parsed.answers;
  const signup = record.form === 'signup';
  const heading = signup ? html`Erase ${said(nameOf(parsed))}’s sign-up?` : html`Erase this feedback?`;
  const title = signup ? `Erase ${nameOf(parsed)}’s sign-up?` : 'Erase this feedback?';
  const rows: [string, SafeHtml][] = signup
    ? [
        ['Name', said(text(a.name))],
        ['Contact', contact(a.contactMethod, a.email, a.phone)],
        ['Postcode or ward', said(text(a.area))],
        ['Received', time(record.receivedAt)],
      ]
    : [
        ['Service or session', subjectOf(parsed.payload)],
        ['Rating', html`${ratingWords(a.rating) ?? ''}`],
        ['Received', time(record.receivedAt)],
      ];
  return page({
    title,
    csrf,
    body: html`<h1 class="heading-l">${heading}</h1>
<dl class="summary-list">${rows.map(([key, value]) => html`<div class="summary-list__row"><dt class="summary-list__key">${key}</dt><dd class="summary-list__value">${value}</dd></div>`)}</dl>
<div class="warning-text"><strong class="warning-text__text"><span class="visually-hidden">Warning:</span> This cannot be undone. The record is deleted from the receiver for good.</strong></div>
<form class="actions" method="post" action="/coordinator/erase">
<input type="hidden" name="csrf" value="${csrf}">
<input type="hidden" name="id" value="${record.id}">
<input type="hidden" name="confirm" value="yes">
<button class="button button--warning" type="submit">Yes, erase ${signup ? 'this sign-up' : 'this feedback'}</button>
<a class="link" href="/coordinator">Cancel: keep it</a>
</form>`,
  });
}
