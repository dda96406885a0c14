/** Strapi's theme `spaces[4]`: what its text inputs pad a side that has no action with. */
const TEXT_EDGE = '1.6rem';
/** Between the text and the action, as Strapi leaves it (its room is the action's 16 px inset + width + 8 px). */
const GAP_PX = 8;

/**
 * Strapi's text input makes room for an action drawn inside it at its end (the slug's regenerate button) by
 * writing `style.paddingRight` from JavaScript, on every render. The admin's right-to-left stylesheet plugin
 * mirrors styled rules only: in an Arabic admin the button moves to the left edge while the room stays on the
 * right, and the slug's text runs under the button. This measures which side the action is drawn on and puts
 * the room there, with the ordinary edge padding on the other side, whatever the input's own direction (an
 * Arabic slug in an English admin has the button at its start, an English one in an Arabic admin at its end).
 */
export function fitEndActionPadding(input: HTMLElement): void {
  const action = input.nextElementSibling;
  const box = input.getBoundingClientRect();
  // No action, or not laid out (a hidden tab): nothing to measure; Strapi's next render writes again.
  if (!action || box.width === 0) return;
  const actionBox = action.getBoundingClientRect();
  const onLeft = actionBox.left + actionBox.right < box.left + box.right;
  const reach = onLeft ? actionBox.right - box.left : box.right - actionBox.left;
  const room = `${Math.ceil(reach) + GAP_PX}px`;
  const [left, right] = onLeft ? [room, TEXT_EDGE] : [TEXT_EDGE, room];
  // Only real changes: each write is a mutation the caller's observer sees again.
  if (input.style.paddingLeft !== left) input.style.paddingLeft = left;
  if (input.style.paddingRight !== right) input.style.paddingRight = right;
}

/**
 * Keeps `fitEndActionPadding` applied to the inputs handed to `watch`: Strapi rewrites the padding whenever the
 * field renders (the button's label appears on hover and widens it), so each rewrite is corrected before the
 * page is painted (mutation observers run before rendering).
 */
export function endActionPaddingKeeper(): { watch(input: HTMLElement): void; disconnect(): void } {
  const observer = new MutationObserver((records) => {
    records.forEach(({ target }) => {
      if (target instanceof HTMLElement) fitEndActionPadding(target);
    });
  });
  const watched = new WeakSet<HTMLElement>();
  return {
    // Called for every input at every change of the form: measures only an input it has not seen (a layout read
    // per keystroke in the body would slow typing); afterwards Strapi's writes trigger the measuring.
    watch(input) {
      if (watched.has(input)) return;
      watched.add(input);
      fitEndActionPadding(input);
      observer.observe(input, { attributes: true, attributeFilter: ['style'] });
    },
    disconnect: () => observer.disconnect(),
  };
}
