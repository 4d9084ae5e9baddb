/**
 * Labelling a chart SVG as one accessible image. Its own small module because the browser's
 * chart controller (in the core bundle) needs it without the rest of `compose.ts`.
 */
export function escapeXML(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Labels a chart SVG document as one image: role, aria-label and a <title>. */
export function labelSVG(svg: string, label: string): string {
  const text = escapeXML(label);
  return svg.replace(/^<svg\b([^>]*)>/, `<svg$1 role="img" aria-label="${text}"><title>${text}</title>`);
}
