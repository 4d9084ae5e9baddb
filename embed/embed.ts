/**
 * The iframe embed: `embed.html?tag=fpk-trend&jurisdictions=US,OH&drugs=synthetic-opioids`
 * renders that one element and keeps telling its parent how tall it is, for CMSs that allow
 * an iframe but no script. Snippet (the height attribute is the fallback where the host page
 * cannot run `host.js`; with it, the frame fits its content):
 *
 *   <iframe data-fpk-embed title="Synthetic-opioid deaths" width="100%" height="520" loading="lazy"
 *     src="…/embed/embed.html?tag=fpk-trend&jurisdictions=US,OH"></iframe>
 *   <script type="module" src="…/embed/host.js"></script>
 *
 * In AMP: `<amp-iframe resizable layout="fixed-height" height="520" sandbox="allow-scripts
 * allow-same-origin" src="…">` with a `<div overflow>` child; this page speaks AMP's
 * `embed-size` message too.
 */
import '../components/index.js';
import { MAX_HEIGHT, isResizeRequest, type AmpEmbedSize, type ResizeMessage } from './protocol.js';
import { readEmbedQuery } from '../src/charts/embeddable.js';

function showError(root: HTMLElement, message: string): void {
  const p = document.createElement('p');
  p.className = 'fpk-embed-error';
  p.setAttribute('role', 'alert');
  p.textContent = message;
  root.replaceChildren(p);
}

function render(root: HTMLElement): void {
  // A static-first page (`fpk embed --iframe-file`) holds its element, fallback inside, already.
  if (root.firstElementChild?.localName.startsWith('fpk-')) return;
  const request = readEmbedQuery(location.search);
  if (!request.ok) return showError(root, request.message);
  if (request.ignored.length) console.warn(`fentanyl-policy-kit embed: ignored query parameters: ${request.ignored.join(', ')}`);
  if (!customElements.get(request.tag)) return showError(root, `The chart "${request.tag}" is not available in this build.`);
  const element = document.createElement(request.tag);
  for (const [name, value] of request.attributes) element.setAttribute(name, value);
  // A permalink needs an id (its key in the fragment); the frame holds one element, so one name does.
  if (element.hasAttribute('permalink')) element.id = 'chart';
  const heading = element.getAttribute('heading');
  if (heading) document.title = heading;
  root.replaceChildren(element);
}

let posted = 0;

/** Posts the page's height to the parent, in our shape and AMP's; `force` re-posts an unchanged one. */
function postHeight(force = false): void {
  // Clamped, so the host accepts it and the frame scrolls rather than staying at its fallback.
  const height = Math.min(Math.ceil(document.documentElement.getBoundingClientRect().height), MAX_HEIGHT - 1);
  if (height <= 0 || (height === posted && !force) || window.parent === window) return;
  posted = height;
  window.parent.postMessage({ type: 'fpk:resize', height } satisfies ResizeMessage, '*');
  window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height } satisfies AmpEmbedSize, '*');
}

render(document.getElementById('fpk-embed') ?? document.body);
new ResizeObserver(() => postHeight()).observe(document.documentElement);
window.addEventListener('message', (event) => {
  if (event.source === window.parent && isResizeRequest(event.data)) postHeight(true);
});
