/**
 * Test-runner command `element-screenshot`: a PNG (base64) of the page area an element covers,
 * taken by Playwright in the test's own page. The hostile-CSS tests compare an element drawn under
 * a hostile host page with the same element drawn on a clean page in the same run (same browser,
 * same fonts), so no committed reference image can go stale across machines.
 */
export function elementScreenshots() {
  return {
    name: 'element-screenshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'element-screenshot') return undefined;
      const page = session.browser.getPage(session.id);
      const { x, y, width, height } = payload;
      const png = await page.screenshot({ clip: { x, y, width, height }, animations: 'disabled', caret: 'hide' });
      return png.toString('base64');
    },
  };
}
