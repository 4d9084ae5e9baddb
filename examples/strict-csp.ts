/**
 * Reports on the page what the browser reports to the console: every Content-Security-Policy
 * violation (there should be none), and whether every element on the page has drawn.
 * Loaded before the elements so it sees violations from the start.
 */
const statusLine = document.getElementById('csp-status');
const violations: string[] = [];

function show(): void {
  if (!statusLine) return;
  const elements = document.querySelectorAll<HTMLElement & { status?: string }>('fpk-trend, fpk-compare, fpk-map, fpk-timeline, fpk-cases');
  const ready = [...elements].filter((e) => e.status === 'ready').length;
  statusLine.textContent = violations.length
    ? `${violations.length} policy violation${violations.length === 1 ? '' : 's'}: ${violations.join('; ')}`
    : `No policy violation so far. ${ready} of ${elements.length} elements drawn${ready < elements.length ? ' (charts draw as you scroll to them)' : ''}.`;
  statusLine.classList.toggle('bad', violations.length > 0);
}

document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}`);
  show();
});
document.addEventListener('fpk-ready', show);
document.addEventListener('fpk-error', show);
customElements.whenDefined('fpk-cases').then(show, show);
