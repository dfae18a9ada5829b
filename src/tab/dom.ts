/** A child of el(): a node, text (always inserted as text, never as HTML), or nothing. */
export type Child = Node | string | null | undefined | false;

export interface ElementProps {
  readonly className?: string;
  readonly attrs?: Readonly<Record<string, string>>;
  readonly onClick?: () => void;
}

/** Creates `<tag>` with classes, attributes, a click handler and children; strings become text nodes. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: ElementProps = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className !== undefined) node.className = props.className;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  if (props.onClick !== undefined) {
    const onClick = props.onClick;
    node.addEventListener('click', (event) => {
      event.preventDefault();
      onClick();
    });
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** A `<button type="button">` with a click handler. */
export function button(label: string, className: string, onClick: () => void, attrs: Readonly<Record<string, string>> = {}): HTMLButtonElement {
  return el('button', { className, attrs: { type: 'button', ...attrs }, onClick }, label);
}
