// Turns one raw RFC 822 message into readable text: the subject and the body's text parts,
// with MIME multiparts walked, base64/quoted-printable decoded and HTML reduced to its text.
// Just enough MIME for the SpamAssassin corpus; attachments and non-text parts are dropped.

/** Splits a message (or MIME part) into its unfolded headers and its body. */
function splitHeaders(raw) {
  const normalised = raw.replace(/\r\n/g, '\n');
  const blankLine = normalised.indexOf('\n\n');
  const head = blankLine === -1 ? normalised : normalised.slice(0, blankLine);
  const body = blankLine === -1 ? '' : normalised.slice(blankLine + 2);
  const headers = new Map();
  // A header line that starts with white space continues the previous one (RFC 5322 folding).
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function headerParameter(value, name) {
  const match = new RegExp(`${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value);
  return match ? (match[1] ?? match[2]) : undefined;
}

function decodeBytes(bytes, charset) {
  return /utf-?8/i.test(charset ?? '') ? bytes.toString('utf8') : bytes.toString('latin1');
}

function decodeQuotedPrintable(text, charset) {
  const withoutSoftBreaks = text.replace(/=\n/g, '');
  const bytes = [];
  for (let i = 0; i < withoutSoftBreaks.length; i += 1) {
    const hex = withoutSoftBreaks.slice(i + 1, i + 3);
    if (withoutSoftBreaks[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(withoutSoftBreaks.charCodeAt(i) & 0xff);
    }
  }
  return decodeBytes(Buffer.from(bytes), charset);
}

/** RFC 2047 encoded words in headers, e.g. =?iso-8859-1?Q?Caf=E9?= or =?utf-8?B?...?=. */
function decodeEncodedWords(value) {
  return value.replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, charset, encoding, payload) =>
    encoding.toUpperCase() === 'B'
      ? decodeBytes(Buffer.from(payload, 'base64'), charset)
      : decodeQuotedPrintable(payload.replace(/_/g, ' '), charset),
  );
}

const htmlEntities = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function htmlToText(html) {
  return (
    html
      .replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<(br|p|div|tr|li|h\d)\b[^>]*>/gi, '\n')
      // Link targets are part of what a reader (and a spam filter) sees.
      .replace(/<a\b[^>]*?\bhref\s*=\s*["']?([^"'\s>]+)[^>]*>/gi, ' $1 ')
      .replace(/<[^>]*>/g, ' ')
      .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (entity, name) => {
        if (name[0] !== '#') return htmlEntities[name.toLowerCase()] ?? entity;
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
      })
  );
}

/** The text of one MIME entity (recursively for multiparts); '' for attachments. */
function entityText(headers, body) {
  const contentType = headers.get('content-type') ?? 'text/plain';
  const mediaType = contentType.split(';')[0].trim().toLowerCase();
  if (mediaType.startsWith('multipart/')) {
    const boundary = headerParameter(contentType, 'boundary');
    if (boundary === undefined) return body;
    const delimiter = `--${boundary}`;
    const parts = body
      .split('\n')
      .reduce((acc, line) => {
        if (line.startsWith(delimiter)) acc.push([]);
        else if (acc.length > 0) acc[acc.length - 1].push(line);
        return acc;
      }, [])
      .map((lines) => splitHeaders(lines.join('\n')));
    const texts = parts
      .map((part) => ({
        isPlain: (part.headers.get('content-type') ?? 'text/plain').toLowerCase().startsWith('text/plain'),
        text: entityText(part.headers, part.body),
      }))
      .filter((part) => part.text.trim() !== '');
    // multipart/alternative carries the same message twice: prefer its plain-text version.
    const plain = texts.find((part) => part.isPlain);
    const chosen = mediaType === 'multipart/alternative' && plain ? [plain] : texts;
    return chosen.map((part) => part.text).join('\n');
  }
  if (!mediaType.startsWith('text/')) return '';
  const disposition = headers.get('content-disposition') ?? '';
  if (/^attachment/i.test(disposition) && mediaType !== 'text/plain') return '';
  const charset = headerParameter(contentType, 'charset');
  const transferEncoding = (headers.get('content-transfer-encoding') ?? '').toLowerCase();
  let text = body;
  if (transferEncoding === 'base64') text = decodeBytes(Buffer.from(body.replace(/\s+/g, ''), 'base64'), charset);
  else if (transferEncoding === 'quoted-printable') text = decodeQuotedPrintable(body, charset);
  return mediaType === 'text/html' ? htmlToText(text) : text;
}

function tidy(text) {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this strips
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ')
      .replace(/[ \t\u00a0]+/g, ' ')
      .replace(/ *\n[\s]*\n\s*/g, '\n\n')
      .replace(/ *\n */g, '\n')
      .trim()
  );
}

/** {subject, body} of a raw message: headers gone, text decoded, white space tidied. */
export function emailText(raw) {
  const { headers, body } = splitHeaders(raw);
  return {
    subject: tidy(decodeEncodedWords(headers.get('subject') ?? '')),
    body: tidy(entityText(headers, body)),
  };
}
