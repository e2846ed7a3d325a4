// Numbers typed with a Japanese input method arrive as full-width digits (５０). The number inputs
// (Mantine's NumberInput, on react-number-format) drop every character that is not an ASCII digit,
// so "５０" would silently become an empty field. One listener, ahead of React's, turns them into the
// digits they are before any number input reads them.
const FULL_WIDTH = /[０-９．，－ー]/g;
const HALF: Record<string, string> = { '．': '.', '，': ',', '－': '-', ー: '-' };

/** Full-width digits and signs as their ASCII forms; other text unchanged (same length, so the caret holds). */
export function halfWidthNumber(text: string): string {
  return text.replace(FULL_WIDTH, (ch) => HALF[ch] ?? String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

const VALUE_SETTER =
  typeof HTMLInputElement === 'undefined'
    ? undefined
    : Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;

const isNumberInput = (target: EventTarget | null): target is HTMLInputElement =>
  target instanceof HTMLInputElement && (target.inputMode === 'numeric' || target.inputMode === 'decimal');

/** Installed once at start-up: document capture runs before React's listeners on the root. */
export function acceptFullWidthDigits(doc: Document = document): void {
  doc.addEventListener(
    'input',
    (event) => {
      const input = event.target;
      if (!isNumberInput(input) || (event as InputEvent).isComposing) return;
      const fixed = halfWidthNumber(input.value);
      if (fixed === input.value) return;
      const caret = input.selectionStart;
      // Through the prototype's setter: React watches the element's own \`value\` setter, and a value set
      // through it would count as already seen, so the change would never reach the form.
      VALUE_SETTER?.call(input, fixed);
      if (caret !== null) input.setSelectionRange(caret, caret);
    },
    true,
  );
}
