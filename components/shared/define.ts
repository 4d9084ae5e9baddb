/**
 * Registers a tag once. Two copies of the bundle on one page (a CMS template plus an article
 * embed) must not throw "already defined": the first definition wins, the second is a no-op.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  try {
    customElements.define(tag, ctor);
  } catch {
    // Another copy registered the tag between the check and the call, or the constructor was
    // already used for another tag: either way a working element exists; nothing to do.
  }
}
