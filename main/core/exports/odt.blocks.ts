// OpenDocument Text building blocks for document.odt.ts: the same vocabulary as
// docx.blocks.ts (headings, paragraphs, labels, bullet lists, tables whose header row repeats on every page,
// images with alternative text), written as ODF 1.3 XML and zipped with the mimetype first and stored.
import { strToU8, zipSync, type Zippable } from 'fflate';
import { RECORD_AUTHOR, RECORD_GENERATOR, RECORD_LANGUAGE } from './records.meta';
import { xmlEscape } from './xml';

// Kept importable from here: callers and tests predate xml.ts.
export { xmlEscape } from './xml';

export const ODT_MIME_TYPE = 'application/vnd.oasis.opendocument.text';

/** Characters of a table cell that fit well within a page: rows of such cells are kept whole. */
const UNSPLIT_CELL_LIMIT = 1200;

/** One line of text as ODF paragraph content: ODF collapses white space, so tabs and runs of spaces are elements. */
function inline(text: string): string {
  return xmlEscape(text)
    .replace(/\t/g, '<text:tab/>')
    .replace(/ {2,}/g, (spaces) => ` <text:s text:c="${spaces.length - 1}"/>`)
    .replace(/^ /, '<text:s/>');
}

/** Text with its single line breaks kept. */
function lines(text: string): string {
  return text.replace(/\r\n?/g, '\n').split('\n').map(inline).join('<text:line-break/>');
}

export type Run = string | { text: string; bold?: boolean; italic?: boolean };

function run(r: Run): string {
  if (typeof r === 'string') return lines(r);
  const style = r.bold ? 'Vet' : r.italic ? 'Cursief' : null;
  return style ? `<text:span text:style-name="${style}">${lines(r.text)}</text:span>` : lines(r.text);
}

/** Paragraph styles defined in styles.xml. */
export type ParagraphStyle = 'Standard' | 'Ondertitel' | 'Label' | 'Notitie' | 'Colofon' | 'Figuur';

export function paragraph(runs: Run | readonly Run[], style: ParagraphStyle = 'Standard'): string {
  const content = (Array.isArray(runs) ? runs : [runs]) as Run[];
  return `<text:p text:style-name="${style}">${content.map(run).join('')}</text:p>`;
}

/** Blank lines separate paragraphs, as the notulist typed them. */
export function paragraphs(text: string, style: ParagraphStyle = 'Standard'): string[] {
  return text
    .split(/\n\s*\n/)
    .filter((block) => block.trim() !== '')
    .map((block) => paragraph(block, style));
}

/** A bold line kept with what follows it ("Toelichting", "Besluit: Aangenomen"). */
export const label = (text: string) => paragraph(text, 'Label');

export function heading(text: string, level: 1 | 2 | 3): string {
  return `<text:h text:style-name="Heading_20_${level}" text:outline-level="${level}">${lines(text)}</text:h>`;
}

export function bullets(items: readonly (Run | readonly Run[])[]): string {
  const entries = items.map((item) => `<text:list-item>${paragraph(item, 'Standard')}</text:list-item>`);
  return `<text:list text:style-name="Opsomming">${entries.join('')}</text:list>`;
}

export interface OdtImage {
  png: Uint8Array;
  width: number;
  height: number;
  title: string;
  description: string;
}

export interface OdtDocumentOptions {
  title: string;
  subject?: string;
  description: string;
  generatedAt: Date;
  /** Wide tables (the actielijst, the besluitenlijst) read better across the page. */
  landscape?: boolean;
}

// A4 less 2.54 cm margins, as the Word export.
const TEXT_WIDTH_CM = { portrait: 21 - 2 * 2.54, landscape: 29.7 - 2 * 2.54 } as const;
const cm = (value: number) => `${value.toFixed(3)}cm`;

/** A document being written: body XML in order, plus the automatic styles and pictures its tables and images need. */
export class OdtDocument {
  private readonly body: string[] = [];
  private readonly automaticStyles: string[] = [];
  private readonly pictures: [string, Uint8Array][] = [];
  private tables = 0;

  constructor(private readonly options: OdtDocumentOptions) {}

  private get textWidth(): number {
    return this.options.landscape ? TEXT_WIDTH_CM.landscape : TEXT_WIDTH_CM.portrait;
  }

  add(...xml: string[]): this {
    this.body.push(...xml);
    return this;
  }

  /** A table whose first row holds the column names and repeats on every page; shares are fractions of the width. */
  table(shares: readonly number[], columns: readonly string[], rows: readonly (readonly string[])[]): this {
    const name = `Tabel${++this.tables}`;
    const width = this.textWidth;
    const sum = shares.reduce((a, b) => a + b, 0) || 1;
    this.automaticStyles.push(
      `<style:style style:name="${name}" style:family="table"><style:table-properties style:width="${cm(width)}" table:align="margins" fo:margin-top="0.1cm" fo:margin-bottom="0.25cm"/></style:style>`,
      ...shares.map(
        (share, i) =>
          `<style:style style:name="${name}.C${i + 1}" style:family="table-column"><style:table-column-properties style:column-width="${cm((share / sum) * width)}" style:rel-column-width="${Math.max(1, Math.round((share / sum) * 65535))}*"/></style:style>`,
      ),
    );
    const cell = (text: string, header: boolean) => {
      const style = header ? 'Tabelkop' : 'Tabelinhoud';
      const content = paragraphs(text, 'Standard').map((p) => p.replace('text:style-name="Standard"', `text:style-name="${style}"`));
      // A cell needs a paragraph even when empty.
      return `<table:table-cell table:style-name="${header ? 'KopCel' : 'Cel'}" office:value-type="string">${content.length > 0 ? content.join('') : `<text:p text:style-name="${style}"/>`}</table:table-cell>`;
    };
    this.body.push(
      `<table:table table:name="${name}" table:style-name="${name}">`,
      ...shares.map((_, i) => `<table:table-column table:style-name="${name}.C${i + 1}"/>`),
      `<table:table-header-rows><table:table-row table:style-name="RijHeel">${columns.map((c) => cell(c, true)).join('')}</table:table-row></table:table-header-rows>`,
      ...rows.map((row) => {
        // As in the Word and PDF exports: a short row is never split across pages, a long one may be.
        const whole = row.every((text) => text.length <= UNSPLIT_CELL_LIMIT) ? ' table:style-name="RijHeel"' : '';
        return `<table:table-row${whole}>${columns.map((_, i) => cell(row[i] ?? '', false)).join('')}</table:table-row>`;
      }),
      '</table:table>',
    );
    return this;
  }

  /** An image as wide as the text at most, with its title and description as alternative text. */
  image(image: OdtImage): this {
    const path = `Pictures/afbeelding-${this.pictures.length + 1}.png`;
    this.pictures.push([path, image.png]);
    const widthCm = Math.min(this.textWidth, (image.width / 96) * 2.54);
    const heightCm = (widthCm * image.height) / image.width;
    this.body.push(
      `<text:p text:style-name="Figuur"><draw:frame draw:name="Afbeelding ${this.pictures.length}" text:anchor-type="as-char" svg:width="${cm(widthCm)}" svg:height="${cm(heightCm)}">` +
        `<draw:image xlink:href="${path}" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad" draw:mime-type="image/png"/>` +
        `<svg:title>${xmlEscape(image.title)}</svg:title><svg:desc>${xmlEscape(image.description)}</svg:desc></draw:frame></text:p>`,
    );
    return this;
  }

  private contentXml(): string {
    // Rows kept whole: LibreOffice reads a table row's style only from the automatic styles.
    const rowStyle = `<style:style style:name="RijHeel" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>`;
    return `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content ${NAMESPACES} office:version="1.3"><office:automatic-styles>${rowStyle}${this.automaticStyles.join('')}</office:automatic-styles><office:body><office:text>${this.body.join('')}</office:text></office:body></office:document-content>
`;
  }

  private metaXml(): string {
    const o = this.options;
    const date = o.generatedAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
    return `<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta ${NAMESPACES} office:version="1.3"><office:meta><meta:generator>${RECORD_GENERATOR}</meta:generator><dc:title>${xmlEscape(o.title)}</dc:title>${o.subject ? `<dc:subject>${xmlEscape(o.subject)}</dc:subject>` : ''}<dc:description>${xmlEscape(o.description)}</dc:description><meta:initial-creator>${xmlEscape(RECORD_AUTHOR)}</meta:initial-creator><dc:creator>${xmlEscape(RECORD_AUTHOR)}</dc:creator><meta:creation-date>${date}</meta:creation-date><dc:date>${date}</dc:date><dc:language>${RECORD_LANGUAGE}</dc:language></office:meta></office:document-meta>
`;
  }

  private manifestXml(): string {
    const entry = (path: string, type: string) => `<manifest:file-entry manifest:full-path="${path}" manifest:media-type="${type}"/>`;
    return `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="${ODT_MIME_TYPE}"/>${entry('content.xml', 'text/xml')}${entry('styles.xml', 'text/xml')}${entry('meta.xml', 'text/xml')}${this.pictures.map(([path]) => entry(path, 'image/png')).join('')}</manifest:manifest>
`;
  }

  /** The .odt file: mimetype first and stored (ODF's signature for readers), then the XML parts, deflated. */
  render(): Buffer {
    const mtime = this.options.generatedAt;
    const files: Zippable = {
      mimetype: [strToU8(ODT_MIME_TYPE), { level: 0 }],
      'content.xml': strToU8(this.contentXml()),
      'styles.xml': strToU8(stylesXml(this.options.landscape === true)),
      'meta.xml': strToU8(this.metaXml()),
      ...Object.fromEntries(this.pictures.map(([path, png]) => [path, [png, { level: 0 }] as const])),
      'META-INF/manifest.xml': strToU8(this.manifestXml()),
    };
    const zip = zipSync(files, { level: 6, mtime });
    return Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  }
}

const NAMESPACES = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:xlink="http://www.w3.org/1999/xlink"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"',
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"',
].join(' ');

const HEADER_FILL = '#e4ecf4';
const LINE = '0.5pt solid #9aa5b1';

/** Styles, page and footer ("Pagina X van Y"): Calibri (Carlito in LibreOffice), Dutch, A4 with 2.54 cm margins. */
function stylesXml(landscape: boolean): string {
  const [language, country] = RECORD_LANGUAGE.split('-') as [string, string];
  const page = landscape ? { width: '29.7cm', height: '21cm', orientation: 'landscape' } : { width: '21cm', height: '29.7cm', orientation: 'portrait' };
  const headingStyle = (level: number, size: string, before: string) =>
    `<style:style style:name="Heading_20_${level}" style:display-name="Heading ${level}" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Standard" style:default-outline-level="${level}" style:class="text"><style:paragraph-properties fo:margin-top="${before}" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="${size}" fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"/></style:style>`;
  const outlineLevel = (level: number) =>
    `<text:outline-level-style text:level="${level}" style:num-format=""><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab"/></style:list-level-properties></text:outline-level-style>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles ${NAMESPACES} office:version="1.3"><office:font-face-decls><style:font-face style:name="Calibri" svg:font-family="Calibri" style:font-family-generic="swiss" style:font-pitch="variable"/></office:font-face-decls><office:styles>` +
    `<style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit" style:writing-mode="page"/><style:text-properties style:font-name="Calibri" fo:font-size="11pt" fo:language="${language}" fo:country="${country}" fo:hyphenate="false"/></style:default-style>` +
    `<style:style style:name="Standard" style:family="paragraph" style:class="text"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.21cm"/></style:style>` +
    `<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Standard" style:class="text"><style:paragraph-properties fo:keep-with-next="always"/></style:style>` +
    headingStyle(1, '18pt', '0cm') +
    headingStyle(2, '13pt', '0.42cm') +
    headingStyle(3, '11.5pt', '0.35cm') +
    `<style:style style:name="Ondertitel" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:margin-bottom="0.35cm"/><style:text-properties fo:font-style="italic" fo:color="#444444"/></style:style>` +
    `<style:style style:name="Label" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:margin-top="0.28cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>` +
    `<style:style style:name="Notitie" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:margin-top="0.21cm" fo:margin-bottom="0.21cm"/></style:style>` +
    `<style:style style:name="Colofon" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:margin-top="0.7cm"/><style:text-properties fo:font-size="9pt" fo:font-style="italic" fo:color="#555555"/></style:style>` +
    `<style:style style:name="Figuur" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.42cm"/></style:style>` +
    `<style:style style:name="Tabelinhoud" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="10pt"/></style:style>` +
    `<style:style style:name="Tabelkop" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Tabelinhoud" style:class="extra"><style:text-properties fo:font-weight="bold"/></style:style>` +
    `<style:style style:name="Voettekst" style:display-name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/><style:text-properties fo:font-size="9pt"/></style:style>` +
    `<style:style style:name="Vet" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>` +
    `<style:style style:name="Cursief" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>` +
    `<style:style style:name="KopCel" style:family="table-cell"><style:table-cell-properties fo:background-color="${HEADER_FILL}" fo:padding="0.1cm" fo:border-top="none" fo:border-left="none" fo:border-right="none" fo:border-bottom="1pt solid #9aa5b1"/></style:style>` +
    `<style:style style:name="Cel" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border-top="none" fo:border-left="none" fo:border-right="none" fo:border-bottom="${LINE}"/></style:style>` +
    `<text:list-style style:name="Opsomming"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.635cm" fo:text-indent="-0.635cm" fo:margin-left="0.635cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>` +
    `<text:outline-style style:name="Outline">${[1, 2, 3].map(outlineLevel).join('')}</text:outline-style>` +
    `</office:styles><office:automatic-styles><style:page-layout style:name="Pagina"><style:page-layout-properties fo:page-width="${page.width}" fo:page-height="${page.height}" style:print-orientation="${page.orientation}" fo:margin-top="2.54cm" fo:margin-bottom="1.5cm" fo:margin-left="2.54cm" fo:margin-right="2.54cm"/><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout></office:automatic-styles>` +
    `<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="Pagina"><style:footer><text:p text:style-name="Voettekst">Pagina <text:page-number text:select-page="current"/> van <text:page-count/></text:p></style:footer></style:master-page></office:master-styles></office:document-styles>
`;
}
