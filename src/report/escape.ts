/**
 * Untrusted text (model outputs, dataset inputs, labels, ids) goes into Markdown as inert text:
 * no HTML, no emphasis, no links, no table breaks, no @mentions or #references that would
 * notify people. Newlines become "⏎" so one example stays on one table row.
 */
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Backslash-escapes what makes inline Markdown active (code, emphasis, links and images, table
 * cells, strikethrough, $math$), writes HTML's characters as entities, and breaks GitHub's autolinks. Line
 * starts need no care: untrusted text never begins a line in our templates.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/\r\n|\r|\n/g, ' ⏎ ')
      .replace(/[\t\v\f]/g, ' ')
      .replace(/[&<>]/g, (character) => entities[character] as string)
      .replace(/[\\`*_[\]|~$]/g, (character) => `\\${character}`)
      // GitHub links bare URLs, @mentions and #references in the rendered text, after entities
      // and escapes are gone; a zero-width space after the trigger is what stops it.
      .replace(/[@#]/g, (character) => `${character}\u200B`)
      .replace(/:\/\//g, ':\u200B//')
      .replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}\u200B.`)
  );
}

/** Shortens by code points (never splitting a surrogate pair), marking the cut. */
export function truncate(text: string, maxChars: number): string {
  const characters = Array.from(text);
  return characters.length <= maxChars ? text : `${characters.slice(0, Math.max(0, maxChars - 1)).join('')}…`;
}

/** Escaped and shortened: what every untrusted table cell gets. */
export function cell(text: string, maxChars: number): string {
  return escapeMarkdown(truncate(text.replace(/\s+/g, ' ').trim(), maxChars));
}

const htmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Untrusted text as HTML text or a quoted attribute value: never markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => htmlEntities[character] as string);
}
