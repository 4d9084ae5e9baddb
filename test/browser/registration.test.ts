import { expect, fixture, html } from '@open-wc/testing';
import '../../components/index.js';
import { defineElement } from '../../components/shared/define.js';
import { settled } from './helpers.js';

const TAGS = ['fpk-trend', 'fpk-compare', 'fpk-map', 'fpk-timeline', 'fpk-cases'] as const;

describe('registration', () => {
  it('components/index registers all five tags', () => {
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.a('function');
  });

  it('a second copy registering the same tags is harmless: no exception, the first definition stays', async () => {
    const first = customElements.get('fpk-cases');
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    try {
      // What a second bundle on the page does: define the same tags with its own classes.
      for (const tag of TAGS) defineElement(tag, class extends HTMLElement {});
      // And the same module evaluated again (another URL, same code).
      // Served as TypeScript by the test server; the query makes it a second module instance.
      const copy = '../../components/fpk-cases/define.ts?copy=2';
      await import(/* @vite-ignore */ copy);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(customElements.get('fpk-cases')).to.equal(first);
    const el = await fixture<HTMLElement>(html`<fpk-cases from="2025-06"></fpk-cases>`);
    expect((await settled(el)).type).to.equal('fpk-ready');
  });
});
