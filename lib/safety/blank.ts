/** Empties the page at once: nothing of Lockstep stays on screen while tabs close. */
export function blankPage(doc: Document = document): void {
  doc.title = '\u200b';
  doc.body.replaceChildren();
  doc.documentElement.style.background = '#fff';
}
