// Building blocks for the contract's input schemas, with Dutch messages.
import { z } from 'zod';
import { EXPORT_FORMATS } from './domain';

// Validation messages in Dutch, on both sides of the boundary. JSON can carry numbers no double holds
// ("1e400" parses as Infinity); zod's own words for that ("verwacht getal, ontving getal") name no cause.
const dutch = z.locales.nl();
z.config({
  ...dutch,
  customError: (issue) =>
    issue.code === 'invalid_type' && issue.expected === 'number' && typeof issue.input === 'number' && !Number.isNaN(issue.input)
      ? 'dit getal is te groot of te klein om te verwerken (geen eindig getal)'
      : undefined,
});

// A lone surrogate (half of a character such as an emoji) cannot be stored as UTF-8: SQLite would keep "\uFFFD"
// instead, silently changing the text. Refuse it before anything is written.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const isWellFormed = (value: string): boolean =>
  // String.prototype.isWellFormed (Node 20, Chromium 111) where there; the pattern elsewhere.
  (value as { isWellFormed?: () => boolean }).isWellFormed?.() ?? !LONE_SURROGATE.test(value);
export const wellFormedError = (label: string) =>
  `${label} bevat een half teken (bijvoorbeeld een afgebroken emoji) dat niet kan worden opgeslagen; verwijder het en probeer het opnieuw.`;
/** A z.string() that refuses ill-formed UTF-16, with the field named in the Dutch message. */
export const wellFormed = <S extends z.ZodString>(schema: S, label: string) =>
  schema.refine(isWellFormed, { error: wellFormedError(label) });

export const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export const slug = z.string().min(1).max(100);

/** Short single-line text such as a title or a name. */
export const line = (label: string, max = 200) =>
  wellFormed(
    z
      .string({ error: `${label} moet tekst zijn.` })
      .trim()
      .min(1, { error: `${label} mag niet leeg zijn.` })
      .max(max, { error: `${label} mag hoogstens ${max} tekens lang zijn.` }),
    label,
  );
/** Longer free text; may be empty. */
export const text = (label: string, max = 20_000) =>
  wellFormed(
    z
      .string({ error: `${label} moet tekst zijn.` })
      .max(max, { error: `${label} mag hoogstens ${max.toLocaleString('nl-NL')} tekens lang zijn.` }),
    label,
  );

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** A calendar date "YYYY-MM-DD" within the programme's plausible span. */
export const dateSchema = z
  .string({ error: 'Datum moet tekst zijn.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Datum moet de vorm JJJJ-MM-DD hebben.' })
  .refine(
    (v) => {
      const [y, m, d] = v.split('-').map(Number) as [number, number, number];
      return y >= 2000 && y <= 2100 && isRealDate(y, m, d);
    },
    { error: 'Datum bestaat niet of ligt buiten 2000–2100.' },
  );

/** A local date and time "YYYY-MM-DDTHH:mm" (wall-clock time in Groningen). */
export const dateTimeSchema = z
  .string({ error: 'Datum en tijd moeten tekst zijn.' })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: 'Datum en tijd moeten de vorm JJJJ-MM-DDTUU:MM hebben.' })
  .refine(
    (v) => {
      const [y, m, d] = v.slice(0, 10).split('-').map(Number) as [number, number, number];
      const [hh, mm] = v.slice(11).split(':').map(Number) as [number, number];
      return y >= 2000 && y <= 2100 && isRealDate(y, m, d) && hh < 24 && mm < 60;
    },
    { error: 'Datum of tijd bestaat niet of ligt buiten 2000–2100.' },
  );

export const exportFormat = z.enum(EXPORT_FORMATS, { error: 'Kies DOCX, PDF, ODT of Markdown.' });
