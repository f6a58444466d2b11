// Escaping for the XML the exports write themselves (ODT parts, MDTO metadata).

// Characters XML 1.0 cannot hold at all: C0 controls other than tab and newline, U+FFFE/U+FFFF, lone surrogates.
const XML_FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe as XML character data or an attribute value. */
export function xmlEscape(value: string): string {
  return value
    .replace(XML_FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
